// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of TextImporter: newspaper pages in GB18030, Big5, Shift_JIS, EUC-KR, windows-1252, UTF-8/16/32
// (with and without BOM) decoded exactly; --encoding overrides; CRLF/CR; form feeds → pages with exact
// byte offsets; invalid sequences reported with exact file offsets; every kind of bad input refused with
// a message that names the file (and the byte, where there is one). Segmentation quality is not tested here.
#include "import/TextImporter.h"
#include "support/ImportSamples.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <thread>

using namespace galley;
using namespace importsamples;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QStringList pageTexts(const ImportResult &r)
{
    QStringList out;
    for (const Page &p : r.pages)
        out << p.text();
    return out;
}

QString invalidWarning(const QString &path, qint64 offset, const QString &encoding)
{
    return QStringLiteral("%1: byte %2: invalid %3 sequence replaced by U+FFFD").arg(path).arg(offset).arg(encoding);
}

} // namespace

class TestTextImporter : public QObject {
    Q_OBJECT
private slots:
    void init();
    void decodesNewspaperPages_data();
    void decodesNewspaperPages();
    void encodingOverride_data();
    void encodingOverride();
    void unknownEncodingIsRefused();
    void lineEnds_data();
    void lineEnds();
    void formFeedsMakePages_data();
    void formFeedsMakePages();
    void invalidSequencesAreReported_data();
    void invalidSequencesAreReported();
    void manyInvalidSequencesAreSummedUp();
    void warningsGoToTheirPage();
    void badInput_data();
    void badInput();
    void strayNulIsKept_data();
    void strayNulIsKept();
    void chineseUtf16WithoutBom_data();
    void chineseUtf16WithoutBom();
    void executableIsBinary();
    void missingFileAndFolder();
    void fewControlCharactersAreKept();
    void privateUseCharactersAreWarnedAbout();
    void oversizedFileIsRefusedBeforeReading();
    void sizeLimitIsExact();
    void pipeIsReadNoFurtherThanTheLimit();
    void lowConfidenceGuessWarns_data();
    void lowConfidenceGuessWarns();
    void pageFromText();

private:
    QString write(const QString &name, const QByteArray &bytes) { return writeFile(*m_dir, name, bytes); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTextImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTextImporter::decodesNewspaperPages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<qint64>("bomLength");
    QTest::addColumn<QString>("text");

    for (const Sample &s : samples()) {
        const QString text = referenceText(s);
        QTest::addRow("%s (iconv)", s.tag) << readBytes(dataPath(QString::fromLatin1(s.legacyFile)))
                                           << QString::fromLatin1(s.legacyEncoding) << qint64(0) << text;
        QTest::addRow("%s UTF-8", s.tag) << text.toUtf8() << "UTF-8" << qint64(0) << text;
        QTest::addRow("%s UTF-8 BOM", s.tag) << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8" << qint64(3) << text;
        QTest::addRow("%s UTF-16LE BOM", s.tag) << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE") << "UTF-16LE" << qint64(2) << text;
        QTest::addRow("%s UTF-16BE BOM", s.tag) << QByteArray("\xFE\xFF") + encode(text, "UTF-16BE") << "UTF-16BE" << qint64(2) << text;
        QTest::addRow("%s UTF-32LE BOM", s.tag) << QByteArray("\xFF\xFE\x00\x00", 4) + encode(text, "UTF-32LE") << "UTF-32LE" << qint64(4) << text;
    }
}

void TestTextImporter::decodesNewspaperPages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(qint64, bomLength);
    QFETCH(QString, text);

    const QString path = write(QStringLiteral("page.txt"), bytes);
    const ImportResult r = TextImporter::importFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.warnings, QStringList());
    QCOMPARE(r.encoding, encoding);
    QVERIFY(!r.encodingReason.isEmpty());
    QCOMPARE(r.pages.size(), 1);
    const Page &page = r.pages.first();
    QCOMPARE(page.text(), text); // exact, BOM dropped
    QCOMPARE(page.encoding(), encoding);
    QCOMPARE(page.sourcePath(), path);
    QCOMPARE(QString::fromLatin1(page.sha256()), sha256Hex(bytes));
    QCOMPARE(page.pageNumber(), 1);
    QCOMPARE(page.sourceByteOffset(), bomLength);
    QCOMPARE(page.warnings(), QStringList());
    QVERIFY(!page.blocks().isEmpty());
}

void TestTextImporter::encodingOverride_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("encoding");  // Page::encoding
    QTest::addColumn<QString>("text");      // expected page text; empty: only "differs from the reference"
    QTest::addColumn<QString>("warning");   // the first warning must contain this; empty: no warnings

    const QString zhHant = referenceText(samples()[1]);
    const QString de = referenceText(samples()[4]);
    const QByteArray big5 = readBytes(dataPath(QStringLiteral("zh-hant-news.big5.txt")));
    // Too short to guess: the editor names the encoding.
    QTest::newRow("short GB18030 named") << encode(QStringLiteral("本报记者"), "GB18030") << "GB18030" << "GB18030"
                                         << QStringLiteral("本报记者") << QString();
    QTest::newRow("short Shift_JIS named") << encode(QStringLiteral("気象庁は"), "Shift_JIS") << "shift_jis" << "Shift_JIS"
                                           << QStringLiteral("気象庁は") << QString();
    QTest::newRow("lower-case big5") << big5 << "big5" << "Big5" << zhHant << QString();
    QTest::newRow("cp1252 alias") << encode(de, "windows-1252") << "cp1252" << "windows-1252" << de << QString();
    // The option wins over the guess, even when it is wrong: Big5 bytes read as GBK.
    QTest::newRow("wrong but obeyed") << big5 << "GBK" << "GBK" << QString()
                                      << QStringLiteral("GBK user-defined or vendor code decoded as private-use character");
    // BOMs: dropped when they fit the named encoding.
    QTest::newRow("UTF-8 BOM, UTF-8 named") << QByteArray("\xEF\xBB\xBF") + de.toUtf8() << "utf-8" << "UTF-8" << de << QString();
    QTest::newRow("UTF-16 BOM, generic UTF-16 named") << QByteArray("\xFF\xFE") + encode(zhHant, "UTF-16LE") << "UTF-16"
                                                      << "UTF-16LE" << zhHant << QString();
    QTest::newRow("GB18030 BOM 84 31 95 33") << QByteArray("\x84\x31\x95\x33") + encode(zhHant, "GB18030") << "GB18030"
                                             << "GB18030" << zhHant << QString();
    // A BOM the named encoding contradicts: obeyed, and said so.
    QTest::newRow("UTF-8 BOM, windows-1252 named") << QByteArray("\xEF\xBB\xBF") + QByteArray("Weiss") << "windows-1252"
                                                   << "windows-1252" << QStringLiteral("ï»¿Weiss")
                                                   << QStringLiteral("byte 0: starts with a UTF-8 byte-order mark, but is decoded as windows-1252");
}

void TestTextImporter::encodingOverride()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, option);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QString, warning);

    const QString path = write(QStringLiteral("override.txt"), bytes);
    ImportOptions options;
    options.encoding = option;
    const ImportResult r = TextImporter::importFile(path, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages.first().encoding(), encoding);
    QVERIFY(r.encodingReason.contains(QLatin1String("--encoding")));
    if (text.isEmpty())
        QVERIFY(r.pages.first().text() != referenceText(samples()[1]));
    else
        QCOMPARE(r.pages.first().text(), text);
    if (warning.isEmpty()) {
        QCOMPARE(r.warnings, QStringList());
    } else {
        QVERIFY2(r.warnings.first().contains(warning), qPrintable(r.warnings.first()));
        for (const QString &w : r.warnings)
            QVERIFY2(w.startsWith(path + QLatin1String(": ")), qPrintable(w));
    }
}

void TestTextImporter::unknownEncodingIsRefused()
{
    const QString path = write(QStringLiteral("page.txt"), "Salt Lake City\n");
    ImportOptions options;
    options.encoding = QStringLiteral("klingon-8");
    const ImportResult r = TextImporter::importFile(path, options);
    QVERIFY(!r.ok());
    QVERIFY(r.pages.isEmpty());
    QVERIFY2(r.error.startsWith(path + QLatin1String(": unknown encoding 'klingon-8'")), qPrintable(r.error));
    QVERIFY(!TextImporter::isKnownEncoding(QStringLiteral("klingon-8")));
    QVERIFY(TextImporter::isKnownEncoding(QStringLiteral("Big5")));
}

void TestTextImporter::lineEnds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString lf = QStringLiteral("颱風逼近\n【本報訊】台北市政府昨日宣布，\n\n全市停班停課。\n");
    QString crlf = lf;
    crlf.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    QString cr = lf;
    cr.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QTest::newRow("CRLF UTF-8") << crlf.toUtf8() << lf;
    QTest::newRow("CR UTF-8 (classic Mac)") << cr.toUtf8() << lf;
    QTest::newRow("CRLF Big5") << encode(crlf + crlf + crlf, "Big5") << lf + lf + lf;
    QTest::newRow("CRLF UTF-16LE BOM") << QByteArray("\xFF\xFE") + encode(crlf, "UTF-16LE") << lf;
    QTest::newRow("mixed") << QByteArray("Dateline\r\nBody one\rBody two\nEnd\r\n\r\nNext") << QStringLiteral("Dateline\nBody one\nBody two\nEnd\n\nNext");
    QTest::newRow("CR CR LF is two line ends") << QByteArray("a\r\r\nb") << QStringLiteral("a\n\nb");
}

void TestTextImporter::lineEnds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const ImportResult r = TextImporter::importFile(write(QStringLiteral("lines.txt"), bytes));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages.first().text(), text);
    QVERIFY(!r.pages.first().text().contains(QLatin1Char('\r')));
}

void TestTextImporter::formFeedsMakePages_data()
{
    QTest::addColumn<QString>("encoding");   // to encode with (and expect)
    QTest::addColumn<QByteArray>("bom");
    QTest::addColumn<QStringList>("pieces"); // the file's text split at its form feeds
    QTest::addColumn<QStringList>("pages");  // expected page texts (trailing blank page dropped, CRLF → LF)

    const QString p1 = QStringLiteral("第一版\n要闻\n\n市地铁五号线南延段本月底开通\n");
    const QString p2 = QStringLiteral("第二版\r\n经济\r\n\r\n本报讯 一季度全市外贸进出口总额同比增长百分之八。\r\n");
    const QString p2lf = QString(p2).replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QString p3 = QStringLiteral("第三版\n体育\n");
    // As pdftotext writes it: a form feed after every page, the last one too.
    QTest::newRow("UTF-8 pdftotext") << "UTF-8" << QByteArray() << QStringList{p1, p2, p3, QString()} << QStringList{p1, p2lf, p3};
    QTest::newRow("UTF-8 BOM, no final form feed") << "UTF-8" << QByteArray("\xEF\xBB\xBF") << QStringList{p1, p2, p3} << QStringList{p1, p2lf, p3};
    QTest::newRow("GB18030") << "GB18030" << QByteArray() << QStringList{p1, p2, p3, QStringLiteral("\n")} << QStringList{p1, p2lf, p3};
    QTest::newRow("UTF-16LE BOM") << "UTF-16LE" << QByteArray("\xFF\xFE") << QStringList{p1, p2, p3, QString()} << QStringList{p1, p2lf, p3};
    QTest::newRow("UTF-32BE BOM") << "UTF-32BE" << QByteArray("\x00\x00\xFE\xFF", 4) << QStringList{p1, p2} << QStringList{p1, p2lf};
    // A blank page inside the file stays a page, so page numbers match the PDF.
    QTest::newRow("blank page inside") << "UTF-8" << QByteArray() << QStringList{p1, QString(), p3, QString()}
                                       << QStringList{p1, QString(), p3};
    const QString ja1 = QStringLiteral("気象庁は二十日、関東甲信地方が梅雨明けしたとみられると発表した。\n");
    const QString ja2 = QStringLiteral("東京都心ではこの日、最高気温が三十四度を超えた。\n");
    QTest::newRow("Shift_JIS") << "Shift_JIS" << QByteArray() << QStringList{ja1, ja2, QString()} << QStringList{ja1, ja2};
}

void TestTextImporter::formFeedsMakePages()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bom);
    QFETCH(QStringList, pieces);
    QFETCH(QStringList, pages);

    const QByteArray enc = encoding.toLatin1();
    QByteArray bytes = bom;
    QList<qint64> offsets;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            bytes += encode(QStringLiteral("\f"), enc.constData());
        offsets << bytes.size();
        bytes += encode(pieces[i], enc.constData());
    }
    ImportOptions options;
    if (bom.isEmpty())
        options.encoding = encoding; // the multi-page samples are short; the guess is tested elsewhere
    const QString path = write(QStringLiteral("pages.txt"), bytes);
    const ImportResult r = TextImporter::importFile(path, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(pageTexts(r), pages);
    for (qsizetype i = 0; i < r.pages.size(); ++i) {
        const Page &page = r.pages[i];
        QCOMPARE(page.pageNumber(), int(i) + 1);
        QCOMPARE(page.sourceByteOffset(), offsets[i]);
        QCOMPARE(page.encoding(), encoding);
        QCOMPARE(QString::fromLatin1(page.sha256()), sha256Hex(bytes)); // of the whole file
        QCOMPARE(page.sourcePath(), path);
        QVERIFY(!page.text().contains(QLatin1Char('\f')));
    }
}

void TestTextImporter::invalidSequencesAreReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QList<qint64>>("offsets");
    QTest::addColumn<QString>("before"); // page text up to the first U+FFFD
    QTest::addColumn<QString>("after");  // page text after the last U+FFFD

    // The damage goes right after the headline line of each fixture.
    auto damaged = [](const char *file, const QByteArray &bad, qint64 *at) {
        QByteArray b = readBytes(dataPath(QString::fromLatin1(file)));
        *at = b.indexOf('\n') + 1;
        b.insert(*at, bad);
        return b;
    };
    auto headline = [](int sample) {
        const QString t = referenceText(samples()[sample]);
        return t.left(t.indexOf(QLatin1Char('\n')) + 1);
    };
    auto body = [](int sample) {
        const QString t = referenceText(samples()[sample]);
        return t.mid(t.indexOf(QLatin1Char('\n')) + 1);
    };
    qint64 at = 0;
    QByteArray b = damaged("zh-hans-news.gb18030.txt", "\x80", &at);
    QTest::newRow("GB18030 named") << b << "GB18030" << "GB18030" << QList<qint64>{at} << headline(0) << body(0);
    // A Big5 lead byte before a space (ICU's Big5 maps even 0xFF, to a private-use character).
    b = damaged("zh-hant-news.big5.txt", "\xA4 ", &at);
    QTest::newRow("Big5 guessed") << b << QString() << "Big5" << QList<qint64>{at} << headline(1) << QLatin1Char(' ') + body(1);
    b = damaged("ja-news.shift_jis.txt", "\xA0", &at);
    QTest::newRow("Shift_JIS guessed") << b << QString() << "Shift_JIS" << QList<qint64>{at} << headline(2) << body(2);
    b = damaged("ko-news.euc-kr.txt", "\xFF", &at);
    QTest::newRow("EUC-KR named") << b << "EUC-KR" << "EUC-KR" << QList<qint64>{at} << headline(3) << body(3);

    // UTF-8 with a BOM: offsets count the BOM too.
    const QString zh = referenceText(samples()[0]);
    QByteArray u8 = QByteArray("\xEF\xBB\xBF") + zh.toUtf8();
    const qint64 cut = 3 + zh.left(zh.indexOf(QLatin1Char('\n')) + 1).toUtf8().size();
    u8.insert(cut, "\xC0\xAF"); // an overlong '/': two invalid bytes
    QTest::newRow("UTF-8 BOM overlong") << u8 << QString() << "UTF-8" << QList<qint64>{cut, cut + 1}
                                        << headline(0) << body(0);
    // UTF-16LE with a BOM: a lone high surrogate.
    QByteArray u16 = QByteArray("\xFF\xFE") + encode(zh, "UTF-16LE");
    const qint64 cut16 = 2 + 2 * (zh.indexOf(QLatin1Char('\n')) + 1);
    u16.insert(cut16, QByteArray("\x3D\xD8", 2));
    QTest::newRow("UTF-16LE lone surrogate") << u16 << QString() << "UTF-16LE" << QList<qint64>{cut16} << headline(0) << body(0);
    // A UTF-8 file cut off in the middle of its last character.
    const QByteArray whole = zh.toUtf8();
    QTest::newRow("UTF-8 cut off") << whole.chopped(2) << QString() << "UTF-8" << QList<qint64>{whole.size() - 4}
                                   << zh.chopped(2) << QString();
}

void TestTextImporter::invalidSequencesAreReported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, option);
    QFETCH(QString, encoding);
    QFETCH(QList<qint64>, offsets);
    QFETCH(QString, before);
    QFETCH(QString, after);

    const QString path = write(QStringLiteral("damaged.txt"), bytes);
    ImportOptions options;
    options.encoding = option;
    const ImportResult r = TextImporter::importFile(path, options);
    QVERIFY2(r.ok(), qPrintable(r.error)); // replaced, not refused
    QCOMPARE(r.encoding, encoding);
    QStringList expected;
    for (qint64 o : offsets)
        expected << invalidWarning(path, o, encoding);
    QStringList invalidWarnings = r.warnings.filter(QLatin1String("invalid"));
    QCOMPARE(invalidWarnings, expected);
    // Nothing else was lost: the text around the replacement is intact.
    const QString text = r.pages.first().text();
    QCOMPARE(text.count(QChar(0xFFFD)), offsets.size());
    QCOMPARE(text.left(text.indexOf(QChar(0xFFFD))), before);
    QCOMPARE(text.mid(text.lastIndexOf(QChar(0xFFFD)) + 1), after);
}

void TestTextImporter::manyInvalidSequencesAreSummedUp()
{
    // A windows-1252 letter page wrongly saved into a UTF-8 file: thirty stray bytes.
    QByteArray bytes = referenceText(samples()[0]).toUtf8();
    for (int i = 0; i < 30; ++i)
        bytes += "Stra\xDF" "e ";
    const QString path = write(QStringLiteral("mixed.txt"), bytes);
    ImportOptions options;
    options.encoding = QStringLiteral("UTF-8");
    ImportResult r = TextImporter::importFile(path, options);
    QVERIFY(r.ok());
    QCOMPARE(r.warnings.size(), 21);
    const qint64 first = referenceText(samples()[0]).toUtf8().size() + 4;
    QCOMPARE(r.warnings.first(), invalidWarning(path, first, QStringLiteral("UTF-8")));
    QCOMPARE(r.warnings[19], invalidWarning(path, first + 19 * 7, QStringLiteral("UTF-8")));
    QCOMPARE(r.warnings.last(), QStringLiteral("%1: 10 more invalid UTF-8 sequences replaced by U+FFFD (30 in all)").arg(path));
    QCOMPARE(r.pages.first().text().count(QChar(0xFFFD)), 30);

    options.maxListedWarnings = 5;
    r = TextImporter::importFile(path, options);
    QCOMPARE(r.warnings.size(), 6);
    QVERIFY(r.warnings.last().contains(QLatin1String("25 more invalid UTF-8 sequences")));

    options.maxListedWarnings = 29;
    r = TextImporter::importFile(path, options);
    QCOMPARE(r.warnings.last(), QStringLiteral("%1: 1 more invalid UTF-8 sequence replaced by U+FFFD (30 in all)").arg(path));
}

void TestTextImporter::warningsGoToTheirPage()
{
    QByteArray bytes = "page one\n\fpage two \xFF here\n\fpage three\n";
    const QString path = write(QStringLiteral("three.txt"), bytes);
    ImportOptions options;
    options.encoding = QStringLiteral("UTF-8");
    const ImportResult r = TextImporter::importFile(path, options);
    QVERIFY(r.ok());
    QCOMPARE(r.pages.size(), 3);
    QCOMPARE(r.pages[0].warnings(), QStringList());
    QCOMPARE(r.pages[1].warnings(), QStringList{invalidWarning(path, 19, QStringLiteral("UTF-8"))});
    QCOMPARE(r.pages[2].warnings(), QStringList());
    QCOMPARE(r.warnings, r.pages[1].warnings());
}

void TestTextImporter::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("error"); // after "PATH: "

    QTest::newRow("empty") << QByteArray() << QString() << "byte 0: empty file, no text to import";
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << "byte 3: no text after the byte-order mark";
    QTest::newRow("UTF-16 BOM only") << QByteArray("\xFE\xFF") << QString() << "byte 2: no text after the byte-order mark";
    QTest::newRow("white space only") << QByteArray(" \r\n\t\n") << QString() << "no text to import, only white space";
    QTest::newRow("page breaks only") << QByteArray("\f\n\f\f") << QString() << "no text to import, only white space and page breaks";
    QTest::newRow("NULs in UTF-8 text") << QByteArray("Salt Lake City\n\0\0rib\0une", 24) << QString()
                                      << "byte 15: NUL character, binary data, not a text file (read as UTF-8): 3 NUL and control characters in 24 characters";
    QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QRandomGenerator rng(1911);
    for (int i = 0; i < 4000; ++i)
        png += char(rng.bounded(256));
    QTest::newRow("PNG image") << png << QString() << "byte 8: NUL character, binary data";
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls += char(0x41 + i % 26) + QByteArray(1, char(1 + i % 8));
    QTest::newRow("control characters, no NUL") << controls << QString() << "byte 1: binary data, not a text file: 400 control characters (the first U+0001)";
    QTest::newRow("too many pages") << QByteArray("1\f2\f3\f4\f5\f6") << "UTF-8" << "byte 7: more than 3 form feeds (pages), not a page file";
    QTest::newRow("unknown encoding") << QByteArray("text") << "EBCDIC-klingon" << "unknown encoding 'EBCDIC-klingon'";
}

void TestTextImporter::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, option);
    QFETCH(QString, error);

    const QString path = write(QStringLiteral("bad input.txt"), bytes);
    ImportOptions options;
    options.encoding = option;
    options.maxPages = 3;
    const ImportResult r = TextImporter::importFile(path, options);
    QVERIFY(!r.ok());
    QVERIFY(r.pages.isEmpty());
    QVERIFY2(r.error.startsWith(path + QLatin1String(": ") + error), qPrintable(r.error));
    // The same from memory, named as given.
    const ImportResult m = TextImporter::importBytes(bytes, QStringLiteral("clipboard"), options);
    QVERIFY2(m.error.startsWith(QLatin1String("clipboard: ") + error), qPrintable(m.error));
}

void TestTextImporter::strayNulIsKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("nulOffsets");

    QTest::newRow("UTF-8") << QByteArray("Salt Lake City\n\0Tribune\n", 24) << QString() << QStringLiteral("Salt Lake City\n\uFFFDTribune\n")
                           << QList<qint64>{15};
    const QString zh = QStringLiteral("本报讯 昨日上午，市交通运输局召开新闻发布会。\n");
    QByteArray utf8 = zh.toUtf8();
    utf8.insert(9, '\0');
    QTest::newRow("UTF-8 Chinese") << utf8 << QString() << QString(zh).insert(3, QChar(0xFFFD)) << QList<qint64>{9};
    QByteArray gb = encode(zh, "GB18030");
    gb.insert(6, '\0');
    QTest::newRow("GB18030 as asked") << gb << "GB18030" << QString(zh).insert(3, QChar(0xFFFD)) << QList<qint64>{6};
    QByteArray u16 = QByteArray("\xFF\xFE") + encode(QStringLiteral("颱風逼近"), "UTF-16LE") + QByteArray(2, '\0')
        + encode(QStringLiteral("停課\n"), "UTF-16LE");
    QTest::newRow("UTF-16LE with BOM") << u16 << QString() << QStringLiteral("颱風逼近\uFFFD停課\n") << QList<qint64>{10};
    // The whole reference article with two NULs, far apart, at line starts.
    QByteArray article = readBytes(dataPath(QStringLiteral("de-news.txt")));
    const qint64 second = article.indexOf('\n', 300) + 1;
    article.insert(second, '\0');
    const qint64 first = article.indexOf('\n') + 1;
    article.insert(first, '\0');
    QTest::newRow("German article, two NULs") << article << QString() << QString::fromUtf8(article).replace(QChar(u'\0'), QChar(0xFFFD))
                                              << QList<qint64>{first, second + 1};
}

void TestTextImporter::strayNulIsKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, option);
    QFETCH(QString, text);
    QFETCH(QList<qint64>, nulOffsets);

    const QString path = write(QStringLiteral("stray nul.txt"), bytes);
    ImportOptions options;
    options.encoding = option;
    const ImportResult r = TextImporter::importFile(path, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages.first().text(), text);
    QStringList expected;
    for (qint64 offset : nulOffsets)
        expected << path + QStringLiteral(": byte %1: NUL character replaced by U+FFFD").arg(offset);
    QCOMPARE(r.warnings, expected);
    QCOMPARE(r.pages.first().warnings(), expected);
}

void TestTextImporter::chineseUtf16WithoutBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    for (const Sample &s : samples()) {
        const QString text = referenceText(s);
        QTest::addRow("%s, UTF-16LE", s.tag) << encode(text, "UTF-16LE") << "UTF-16LE" << text;
        QTest::addRow("%s, UTF-16BE", s.tag) << encode(text, "UTF-16BE") << "UTF-16BE" << text;
    }
    const QString ascii = QStringLiteral("THE SALT LAKE TRIBUNE\nSEPTEMBER 17, 1911\n");
    QTest::newRow("ASCII, UTF-16BE") << encode(ascii, "UTF-16BE") << "UTF-16BE" << ascii;
}

void TestTextImporter::chineseUtf16WithoutBom()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);

    const QString path = write(QStringLiteral("no bom.txt"), bytes);
    const ImportResult r = TextImporter::importFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(r.pages.size(), 1);
    QCOMPARE(r.pages.first().text(), text);
    QCOMPARE(r.warnings.size(), 1); // the guess is Low confidence: it says so and how to override it
    QVERIFY2(r.warnings.first().startsWith(path + QLatin1String(": encoding guessed as ") + encoding), qPrintable(r.warnings.first()));
}

void TestTextImporter::executableIsBinary()
{
    // This test program itself: an ELF file, with a NUL byte among its first eight.
    const QString self = QCoreApplication::applicationFilePath();
    const qsizetype firstNul = readBytes(self).left(64).indexOf('\0');
    QVERIFY(firstNul >= 7 && firstNul < 16);
    const ImportResult r = TextImporter::importFile(self);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.startsWith(self + QStringLiteral(": byte %1: NUL character, binary data").arg(firstNul)), qPrintable(r.error));
}

void TestTextImporter::missingFileAndFolder()
{
    const QString missing = m_dir->filePath(QStringLiteral("no such page.txt"));
    ImportResult r = TextImporter::importFile(missing);
    QCOMPARE(r.error, missing + QLatin1String(": no such file"));
    r = TextImporter::importFile(m_dir->path());
    QCOMPARE(r.error, m_dir->path() + QLatin1String(": is a folder, not a page file"));
}

void TestTextImporter::fewControlCharactersAreKept()
{
    // An escape sequence left in an OCR export: kept (no silent loss) and pointed at.
    const QByteArray bytes = "SALT LAKE CITY, Sept. 17.--The state board of equalization \x1B[1mmet today\x1B[0m and adjourned.\n";
    const QString path = write(QStringLiteral("esc.txt"), bytes);
    const ImportResult r = TextImporter::importFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pages.first().text(), QString::fromLatin1(bytes));
    QCOMPARE(r.warnings, (QStringList{path + QLatin1String(": byte 59: control character U+001B kept"),
                                      path + QLatin1String(": byte 72: control character U+001B kept")}));
}

void TestTextImporter::privateUseCharactersAreWarnedAbout()
{
    // Big5 81 40 is a user-defined code: ICU maps it to U+EEB8, which fonts seldom have. Kept, pointed at.
    const QByteArray bytes = encode(QStringLiteral("颱風"), "Big5") + "\x81\x40" + encode(QStringLiteral("逼近\n"), "Big5");
    const QString path = write(QStringLiteral("hkscs.txt"), bytes);
    ImportOptions options;
    options.encoding = QStringLiteral("Big5");
    ImportResult r = TextImporter::importFile(path, options);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.pages.first().text(), QStringLiteral("颱風\uEEB8逼近\n"));
    QCOMPARE(r.warnings, QStringList{path + QLatin1String(": byte 4: Big5 user-defined or vendor code decoded as private-use character U+EEB8")});
    // In UTF-8 a private-use character was written on purpose: no warning.
    r = TextImporter::importFile(write(QStringLiteral("pua.txt"), QStringLiteral("颱風\uEEB8逼近\n").toUtf8()));
    QVERIFY(r.ok());
    QCOMPARE(r.warnings, QStringList());
}

void TestTextImporter::oversizedFileIsRefusedBeforeReading()
{
    // 200 MiB, sparse: no disk space used, and refused by size before a byte is read.
    const QString path = m_dir->filePath(QStringLiteral("huge scan.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.resize(qint64(200) * 1024 * 1024));
    f.close();
    const ImportResult r = TextImporter::importFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, path + QLatin1String(": 200 MiB (209715200 bytes) is larger than the import limit of 128 MiB (134217728 bytes)"));
    QCOMPARE(ImportOptions().maxBytes, qint64(128) * 1024 * 1024);
}

void TestTextImporter::sizeLimitIsExact()
{
    ImportOptions options;
    options.maxBytes = 1000;
    const QByteArray atLimit = QByteArray(999, 'x') + '\n';
    QVERIFY(TextImporter::importFile(write(QStringLiteral("1000.txt"), atLimit), options).ok());
    const QString over = write(QStringLiteral("1001.txt"), atLimit + 'y');
    QCOMPARE(TextImporter::importFile(over, options).error,
             over + QLatin1String(": 1001 bytes is larger than the import limit of 1000 bytes"));
    QVERIFY(TextImporter::importBytes(atLimit + 'y', QStringLiteral("-"), options).error.startsWith(QLatin1String("standard input: ")));
}

void TestTextImporter::pipeIsReadNoFurtherThanTheLimit()
{
    // A pipe has no size to check first: it is read up to the limit and then refused.
    std::signal(SIGPIPE, SIG_IGN);
    const QString fifo = m_dir->filePath(QStringLiteral("scanner.pipe"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    std::thread writer([fifo] {
        QFile out(fifo);
        if (!out.open(QIODevice::WriteOnly))
            return;
        const QByteArray line = "The state board of equalization met today.\n";
        for (int i = 0; i < 2000; ++i)
            if (out.write(line) < 0)
                break;
    });
    ImportOptions options;
    options.maxBytes = 4096;
    const ImportResult r = TextImporter::importFile(fifo, options);
    writer.join();
    QCOMPARE(r.error, fifo + QLatin1String(": more than the import limit of 4 KiB (4096 bytes)"));
}

void TestTextImporter::lowConfidenceGuessWarns_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");

    QTest::newRow("UTF-16LE without BOM") << encode(QStringLiteral("THE SALT LAKE TRIBUNE\nSEPTEMBER 17, 1911\n"), "UTF-16LE") << "UTF-16LE";
    QTest::newRow("short windows-1252") << encode(QStringLiteral("Weiß"), "windows-1252") << "windows-1252";
    QTest::newRow("UTF-8 cut off") << QStringLiteral("本报讯").toUtf8().chopped(1) << "UTF-8";
}

void TestTextImporter::lowConfidenceGuessWarns()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);

    const QString path = write(QStringLiteral("unsure.txt"), bytes);
    const ImportResult r = TextImporter::importFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.encoding, encoding);
    QVERIFY(!r.warnings.isEmpty());
    const QString w = r.warnings.first();
    QVERIFY2(w.startsWith(path + QLatin1String(": encoding guessed as ") + encoding), qPrintable(w));
    QVERIFY(w.contains(QLatin1String("--encoding")));
    QCOMPARE(r.pages.first().warnings().first(), w);
}

void TestTextImporter::pageFromText()
{
    const Page page = TextImporter::pageFromText(QStringLiteral("\uFEFFHeadline\r\nBody\rMore\n"), QStringLiteral("paste"));
    QCOMPARE(page.text(), QStringLiteral("Headline\nBody\nMore\n"));
    QCOMPARE(page.sourcePath(), QStringLiteral("paste"));
    QVERIFY(!page.blocks().isEmpty());
}

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
