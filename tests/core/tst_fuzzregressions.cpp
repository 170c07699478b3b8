// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input kept in tests/fuzz/regressions/HARNESS/ (fuzzer findings and the cases of issue 7)
// through the same check as that libFuzzer harness (tests/fuzz/Harnesses.h): no crash, no sanitizer
// report in the sanitizer build, and the harness's own conditions (well-formed XML, JSON, round trip).
#include "../fuzz/Harnesses.h"

#include <QDir>
#include <QTest>

using namespace galley;

namespace {

QString runHarness(const QString &harness, const QByteArray &bytes)
{
    if (harness == QLatin1String("fuzz_import_segment"))
        return fuzz::importSegment(bytes);
    if (harness == QLatin1String("fuzz_project_roundtrip"))
        return fuzz::projectRoundTrip(bytes);
    const QString prefix = QStringLiteral("fuzz_export_");
    if (harness.startsWith(prefix)) {
        const auto format = ExportFormats::fromName(QStringView(harness).sliced(prefix.size()));
        if (format)
            return fuzz::exportPage(*format, bytes);
    }
    return QStringLiteral("unknown harness ") + harness;
}

} // namespace

class TestFuzzRegressions : public QObject {
    Q_OBJECT
private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("harness");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(GALLEY_SOURCE_DIR "/tests/fuzz/regressions"));
        int rows = 0;
        for (const QString &harness : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(root.filePath(harness));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::addRow("%s/%s", qPrintable(harness), qPrintable(file)) << harness << dir.filePath(file);
                ++rows;
            }
        }
        QVERIFY(rows > 0);
    }
    void replay()
    {
        QFETCH(QString, harness);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString wrong = runHarness(harness, f.readAll());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
