// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of ByteDecoder: every invalid, unmapped or cut-off sequence becomes one U+FFFD with its exact byte
// offset, in multi-byte encodings, UTF-8/16/32, across the decoder's 1 MiB chunks; form feeds, control
// characters and NULs are found with their offsets; encoding names are checked and spelled as usual.
#include "import/ByteDecoder.h"
#include "support/ImportSamples.h"

#include <QTest>

using namespace galley;
using namespace importsamples;

namespace {

// A byte string built from pieces of valid text and of bad bytes, with the text and the bad offsets
// the decoder should find.
struct Built {
    QByteArray bytes;
    QString text;
    QList<qint64> badOffsets;
    QList<qint64> badLengths;
};

class Builder {
public:
    explicit Builder(const char *encoding) : m_encoding(encoding) {}
    Builder &text(const QString &t)
    {
        m_built.bytes += encode(t, m_encoding);
        m_built.text += t;
        return *this;
    }
    Builder &bad(const QByteArray &b, int replacements = 1)
    {
        for (int i = 0; i < replacements; ++i) {
            m_built.badOffsets << m_built.bytes.size() + i * (b.size() / replacements);
            m_built.badLengths << b.size() / replacements;
            m_built.text += QChar(0xFFFD);
        }
        m_built.bytes += b;
        return *this;
    }
    Built done() const { return m_built; }

private:
    const char *m_encoding;
    Built m_built;
};

QList<qint64> offsetsOf(const QList<ByteDecoder::Mark> &marks)
{
    QList<qint64> out;
    for (const ByteDecoder::Mark &m : marks)
        out << m.byteOffset;
    return out;
}

QList<qint64> lengthsOf(const QList<ByteDecoder::Mark> &marks)
{
    QList<qint64> out;
    for (const ByteDecoder::Mark &m : marks)
        out << m.byteLength;
    return out;
}

} // namespace

class TestByteDecoder : public QObject {
    Q_OBJECT
private slots:
    void invalidSequences_data();
    void invalidSequences();
    void genuineReplacementCharacterIsNotInvalid();
    void baseOffsetIsAdded();
    void formFeedsControlsAndNuls_data();
    void formFeedsControlsAndNuls();
    void longInputAcrossChunks_data();
    void longInputAcrossChunks();
    void privateUseIsMarked();
    void limitsKeepCounts();
    void unknownEncoding();
    void names_data();
    void names();
    void sameEncoding();
};

void TestByteDecoder::invalidSequences_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QList<qint64>>("lengths");

    auto row = [](const char *tag, const char *encoding, const Built &b) {
        QTest::newRow(tag) << QString::fromLatin1(encoding) << b.bytes << b.text << b.badOffsets << b.badLengths;
    };
    row("Shift_JIS unassigned single byte A0", "Shift_JIS",
        Builder("Shift_JIS").text(QStringLiteral("気象庁は")).bad("\xA0").text(QStringLiteral("二十日、発表した。")).done());
    row("Shift_JIS lead byte before ASCII", "Shift_JIS",
        Builder("Shift_JIS").text(QStringLiteral("梅雨明け")).bad("\x81").text(QStringLiteral(" 8 days")).done());
    row("Shift_JIS unassigned pair 85 40", "Shift_JIS",
        Builder("Shift_JIS").text(QStringLiteral("東京都心")).bad("\x85\x40").text(QStringLiteral("では")).done());
    row("GB18030 byte 80", "GB18030",
        Builder("GB18030").text(QStringLiteral("本报讯 ")).bad("\x80").text(QStringLiteral("昨日上午")).done());
    row("GB18030 broken four-byte", "GB18030",
        Builder("GB18030").text(QStringLiteral("地铁")).bad("\x81").text(QStringLiteral("0")).bad("\x81").text(QStringLiteral(" 五号线")).done());
    row("Big5 lead before space", "Big5",
        Builder("Big5").text(QStringLiteral("颱風")).bad("\xA4").text(QStringLiteral(" 逼近")).done());
    row("Big5 cut off at the end", "Big5",
        Builder("Big5").text(QStringLiteral("停班停課")).bad("\xA4").done());
    row("EUC-KR lead before ASCII", "EUC-KR",
        Builder("EUC-KR").text(QStringLiteral("서울시는")).bad("\xA1").text(QStringLiteral("A20일")).done());
    row("UTF-8 lone FF", "UTF-8",
        Builder("UTF-8").text(QStringLiteral("Größe ")).bad("\xFF").text(QStringLiteral(" 本报")).done());
    row("UTF-8 latin-1 byte", "UTF-8",
        Builder("UTF-8").text(QStringLiteral("caf")).bad("\xE9").text(QStringLiteral(" noir")).done());
    row("UTF-8 surrogate", "UTF-8",
        Builder("UTF-8").text(QStringLiteral("ab")).bad("\xED\xA0\x80", 3).text(QStringLiteral("z")).done());
    row("UTF-8 cut off at the end", "UTF-8",
        Builder("UTF-8").text(QStringLiteral("沿线居民")).bad("\xE5\xB1").done());
    row("UTF-16LE lone high surrogate", "UTF-16LE",
        Builder("UTF-16LE").text(QStringLiteral("气象")).bad(QByteArray("\x3D\xD8", 2)).text(QStringLiteral("z")).done());
    row("UTF-16LE odd last byte", "UTF-16LE",
        Builder("UTF-16LE").text(QStringLiteral("page")).bad(QByteArray("\x21", 1)).done());
    row("UTF-16BE lone low surrogate", "UTF-16BE",
        Builder("UTF-16BE").text(QStringLiteral("A")).bad(QByteArray("\xDC\x00", 2)).text(QStringLiteral("B")).done());
    row("UTF-32LE above U+10FFFF", "UTF-32LE",
        Builder("UTF-32LE").text(QStringLiteral("x")).bad(QByteArray("\x00\x00\x11\x00", 4)).text(QStringLiteral("y")).done());
}

void TestByteDecoder::invalidSequences()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QList<qint64>, lengths);

    const ByteDecoder::Result r = ByteDecoder::decode(bytes, encoding);
    QVERIFY(r.ok());
    QCOMPARE(r.text, text);
    QCOMPARE(r.invalidCount, offsets.size());
    QCOMPARE(offsetsOf(r.invalid), offsets);
    QCOMPARE(lengthsOf(r.invalid), lengths);
    for (const ByteDecoder::Mark &m : r.invalid) {
        QCOMPARE(r.text.at(m.textIndex), QChar(0xFFFD));
        QCOMPARE(m.unit, u'\uFFFD');
    }
}

void TestByteDecoder::genuineReplacementCharacterIsNotInvalid()
{
    // A U+FFFD that is in the file (an earlier tool's replacement) is text, not a new error.
    const ByteDecoder::Result r = ByteDecoder::decode(QStringLiteral("OCR: \uFFFD unreadable").toUtf8(), QStringLiteral("UTF-8"));
    QCOMPARE(r.invalidCount, 0);
    QCOMPARE(r.text, QStringLiteral("OCR: \uFFFD unreadable"));
}

void TestByteDecoder::baseOffsetIsAdded()
{
    const QByteArray bytes = encode(QStringLiteral("颱風"), "Big5") + "\xA4 \f";
    const ByteDecoder::Result r = ByteDecoder::decode(bytes, QStringLiteral("Big5"), 3);
    QCOMPARE(offsetsOf(r.invalid), QList<qint64>{7});
    QCOMPARE(offsetsOf(r.formFeeds), QList<qint64>{9});
}

void TestByteDecoder::formFeedsControlsAndNuls_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("formFeeds");
    QTest::addColumn<QList<qint64>>("controls");
    QTest::addColumn<qint64>("firstNul");

    const QString pages = QStringLiteral("第一版\f第二版\x01\f\x1B[0m第三版") + QChar(0) + QStringLiteral("末");
    QTest::newRow("UTF-8") << "UTF-8" << pages << QList<qint64>{9, 20} << QList<qint64>{19, 21, 34} << qint64(34);
    QTest::newRow("UTF-16LE") << "UTF-16LE" << pages << QList<qint64>{6, 16} << QList<qint64>{14, 18, 32} << qint64(32);
    QTest::newRow("UTF-32BE") << "UTF-32BE" << pages << QList<qint64>{12, 32} << QList<qint64>{28, 36, 64} << qint64(64);
    QTest::newRow("GB18030") << "GB18030" << pages << QList<qint64>{6, 14} << QList<qint64>{13, 15, 25} << qint64(25);
    QTest::newRow("no controls") << "UTF-8" << QStringLiteral("line\tone\r\nline\vtwo\n") << QList<qint64>{} << QList<qint64>{} << qint64(-1);
    QTest::newRow("C1 and DEL") << "UTF-8" << QStringLiteral("a\u0085b\x7F") << QList<qint64>{} << QList<qint64>{1, 4} << qint64(-1);
}

void TestByteDecoder::formFeedsControlsAndNuls()
{
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, formFeeds);
    QFETCH(QList<qint64>, controls);
    QFETCH(qint64, firstNul);

    const QByteArray bytes = encode(text, encoding.toLatin1().constData());
    const ByteDecoder::Result r = ByteDecoder::decode(bytes, encoding);
    QCOMPARE(r.text, text);
    QCOMPARE(r.invalidCount, 0);
    QCOMPARE(offsetsOf(r.formFeeds), formFeeds);
    QCOMPARE(r.formFeedCount, formFeeds.size());
    QCOMPARE(offsetsOf(r.controls), controls);
    QCOMPARE(r.controlCount, controls.size());
    QCOMPARE(r.firstNulOffset, firstNul);
    QCOMPARE(r.nulCount, firstNul >= 0 ? 1 : 0);
    // A form feed's byte length is its width in the encoding.
    for (const ByteDecoder::Mark &m : r.formFeeds) {
        QCOMPARE(m.byteLength, encode(QStringLiteral("\f"), encoding.toLatin1().constData()).size());
        QCOMPARE(r.text.at(m.textIndex), QLatin1Char('\f'));
    }
}

void TestByteDecoder::longInputAcrossChunks_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("offsets");

    // About 3.5 MiB: several 1 MiB chunks; bad bytes every so often, some near the chunk cuts.
    struct Case {
        const char *tag;
        const char *encoding;
        QString line;
        QByteArray bad;
        bool newlines;
    };
    const QString zh = QStringLiteral("南延段全长十二点三公里，共设车站八座，其中换乘站两座。");
    const QString ja = QStringLiteral("東京都心ではこの日、最高気温が三十四度を超えた。");
    const QString emoji = QStringLiteral("📰读者来信📮");
    const QList<Case> cases = {
        {"GB18030 lines", "GB18030", zh, QByteArray("\x80"), true},
        {"GB18030 one long line", "GB18030", zh, QByteArray("\xFF"), false},
        {"Shift_JIS lines", "Shift_JIS", ja, QByteArray("\xA0"), true},
        {"UTF-8 one long line", "UTF-8", zh, QByteArray("\xC0"), false},
        {"UTF-16LE surrogate pairs, no newline", "UTF-16LE", emoji, QByteArray("\x00\xDC", 2), false},
        {"UTF-16BE lines", "UTF-16BE", zh, QByteArray("\xDC\x00", 2), true},
    };
    for (const Case &c : cases) {
        Builder b(c.encoding);
        const qsizetype lineBytes = encode(c.line, c.encoding).size();
        const qsizetype lines = (qsizetype(3500) * 1024) / lineBytes;
        for (qsizetype i = 0; i < lines; ++i) {
            b.text(c.newlines ? c.line + QLatin1Char('\n') : c.line);
            if (i % 4001 == 1000)
                b.bad(c.bad);
        }
        const Built built = b.done();
        QTest::newRow(c.tag) << QString::fromLatin1(c.encoding) << built.bytes << built.text << built.badOffsets;
    }
}

void TestByteDecoder::longInputAcrossChunks()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, offsets);

    QVERIFY(bytes.size() > 3 * 1024 * 1024);
    const ByteDecoder::Result r = ByteDecoder::decode(bytes, encoding);
    QVERIFY(r.ok());
    QCOMPARE(r.text.size(), text.size());
    QVERIFY(r.text == text);
    QCOMPARE(offsetsOf(r.invalid), offsets);
}

void TestByteDecoder::privateUseIsMarked()
{
    // GBK A1 A0 … are not standard; 0xFF alone maps to U+F8F5 in ICU's GBK table.
    const QByteArray bytes = encode(QStringLiteral("本报"), "GBK") + "\xFF" + encode(QStringLiteral("讯"), "GBK");
    const ByteDecoder::Result r = ByteDecoder::decode(bytes, QStringLiteral("GBK"));
    QCOMPARE(r.invalidCount, 0);
    QCOMPARE(r.privateUseCount, 1);
    QCOMPARE(offsetsOf(r.privateUse), QList<qint64>{4});
    QCOMPARE(r.text, QStringLiteral("本报\uF8F5讯"));
}

void TestByteDecoder::limitsKeepCounts()
{
    QByteArray bytes;
    for (int i = 0; i < 50; ++i)
        bytes += "ok\xFF";
    ByteDecoder::Limits limits;
    limits.invalid = 5;
    const ByteDecoder::Result r = ByteDecoder::decode(bytes, QStringLiteral("UTF-8"), 0, limits);
    QCOMPARE(r.invalid.size(), 5);
    QCOMPARE(r.invalidCount, 50);
    QCOMPARE(offsetsOf(r.invalid), (QList<qint64>{2, 5, 8, 11, 14}));
    QCOMPARE(r.text.count(QChar(0xFFFD)), 50);
}

void TestByteDecoder::unknownEncoding()
{
    const ByteDecoder::Result r = ByteDecoder::decode("text", QStringLiteral("klingon-8"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("klingon-8")));
    QVERIFY(r.text.isEmpty());
}

void TestByteDecoder::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("supported");
    QTest::addColumn<QString>("display");

    QTest::newRow("utf8") << "utf8" << true << "UTF-8";
    QTest::newRow("gbk") << "gbk" << true << "GBK";
    QTest::newRow("gb18030") << "gb18030" << true << "GB18030";
    QTest::newRow("big5") << "big5" << true << "Big5";
    QTest::newRow("shift_jis") << "shift_jis" << true << "Shift_JIS";
    QTest::newRow("euc-kr") << "euc-kr" << true << "EUC-KR";
    QTest::newRow("cp1252") << "cp1252" << true << "windows-1252";
    QTest::newRow("UTF-16LE") << "UTF-16LE" << true << "UTF-16LE";
    QTest::newRow("padded") << " GB18030 " << true << "GB18030";
    QTest::newRow("nonsense") << "klingon-8" << false << QString();
    QTest::newRow("empty") << "" << false << QString();
    QTest::newRow("non-ASCII") << "gbk\u00e9" << false << QString();
}

void TestByteDecoder::names()
{
    QFETCH(QString, name);
    QFETCH(bool, supported);
    QFETCH(QString, display);

    QCOMPARE(ByteDecoder::isSupported(name), supported);
    if (supported)
        QCOMPARE(ByteDecoder::displayName(name), display);
}

void TestByteDecoder::sameEncoding()
{
    QVERIFY(ByteDecoder::sameEncoding(QStringLiteral("utf8"), QStringLiteral("UTF-8")));
    QVERIFY(ByteDecoder::sameEncoding(QStringLiteral("cp1252"), QStringLiteral("windows-1252")));
    QVERIFY(!ByteDecoder::sameEncoding(QStringLiteral("GBK"), QStringLiteral("GB18030")));
    QVERIFY(!ByteDecoder::sameEncoding(QStringLiteral("UTF-16"), QStringLiteral("UTF-16LE")));
    QVERIFY(!ByteDecoder::sameEncoding(QStringLiteral("klingon-8"), QStringLiteral("klingon-8")));
}

QTEST_GUILESS_MAIN(TestByteDecoder)
#include "tst_bytedecoder.moc"
