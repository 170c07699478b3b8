// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of EncodingDetector: byte-order marks, the UTF-8 check, uchardet's guesses on newspaper text in
// GB18030, Big5, Shift_JIS, EUC-KR and windows-1252 (iconv-made fixtures), the mapping of uchardet's names
// to decoder names, and the rules for short texts, ASCII and BOM-less UTF-16.
#include "import/ByteDecoder.h"
#include "import/EncodingDetector.h"
#include "support/ImportSamples.h"

#include <QTest>

using namespace galley;
using namespace importsamples;
using Confidence = EncodingGuess::Confidence;
using Source = EncodingGuess::Source;

Q_DECLARE_METATYPE(galley::EncodingGuess::Confidence)
Q_DECLARE_METATYPE(galley::EncodingGuess::Source)

class TestEncodingDetector : public QObject {
    Q_OBJECT
private slots:
    void byteOrderMark_data();
    void byteOrderMark();
    void guessesNewspaperText_data();
    void guessesNewspaperText();
    void utf8IsPreferred_data();
    void utf8IsPreferred();
    void checkUtf8_data();
    void checkUtf8();
    void damagedUtf8StaysUtf8_data();
    void damagedUtf8StaysUtf8();
    void shortTexts_data();
    void shortTexts();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
    void strayNulIsNotUtf16_data();
    void strayNulIsNotUtf16();
    void uchardetNames_data();
    void uchardetNames();
    void emptyInput();
    void nulBytesAreNotSentToUchardet();
};

void TestEncodingDetector::byteOrderMark_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("bomLength");

    const QString text = QStringLiteral("本报讯 Berlin – Größe\n");
    QTest::newRow("UTF-8") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8" << 3;
    QTest::newRow("UTF-16LE") << QByteArray("\xFF\xFE") + encode(text, "UTF-16LE") << "UTF-16LE" << 2;
    QTest::newRow("UTF-16BE") << QByteArray("\xFE\xFF") + encode(text, "UTF-16BE") << "UTF-16BE" << 2;
    QTest::newRow("UTF-32LE") << QByteArray("\xFF\xFE\x00\x00", 4) + encode(text, "UTF-32LE") << "UTF-32LE" << 4;
    QTest::newRow("UTF-32BE") << QByteArray("\x00\x00\xFE\xFF", 4) + encode(text, "UTF-32BE") << "UTF-32BE" << 4;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << "UTF-8" << 3;
    QTest::newRow("no BOM") << text.toUtf8() << QString() << 0;
    QTest::newRow("BOM not at byte 0") << QByteArray("a\xEF\xBB\xBF") << QString() << 0;
    QTest::newRow("half a UTF-16 BOM") << QByteArray("\xFF") << QString() << 0;
}

void TestEncodingDetector::byteOrderMark()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(int, bomLength);

    const EncodingGuess bom = EncodingDetector::byteOrderMark(bytes);
    QCOMPARE(bom.encoding, encoding);
    QCOMPARE(bom.bomLength, bomLength);
    if (!encoding.isEmpty()) {
        QCOMPARE(bom.source, Source::ByteOrderMark);
        QCOMPARE(bom.confidence, Confidence::Certain);
        // detect() gives the BOM precedence over everything else.
        const EncodingGuess guess = EncodingDetector::detect(bytes);
        QCOMPARE(guess.encoding, encoding);
        QCOMPARE(guess.bomLength, bomLength);
    }
}

void TestEncodingDetector::guessesNewspaperText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("reference");

    for (const Sample &s : samples()) {
        const QString reference = referenceText(s);
        QTest::addRow("%s (iconv)", s.tag) << readBytes(dataPath(QString::fromLatin1(s.legacyFile)))
                                           << QString::fromLatin1(s.legacyEncoding) << reference;
        QTest::addRow("%s UTF-8", s.tag) << reference.toUtf8() << QStringLiteral("UTF-8") << reference;
        // Three items in a row, CRLF line ends, as a page from a Windows scanner station would come.
        const QString page = QString(reference + QLatin1Char('\n') + reference + QLatin1Char('\n') + reference)
                                 .replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        QTest::addRow("%s page CRLF", s.tag) << encode(page, s.legacyEncoding) << QString::fromLatin1(s.legacyEncoding) << page;
    }
}

void TestEncodingDetector::guessesNewspaperText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(QString, reference);

    const EncodingGuess guess = EncodingDetector::detect(bytes);
    QCOMPARE(guess.encoding, expected);
    QCOMPARE(guess.bomLength, 0);
    QVERIFY2(guess.confidence != Confidence::Low, qPrintable(guess.reason));
    QVERIFY(!guess.reason.isEmpty());
    // The guessed name is one the decoder knows, and decodes the text exactly.
    QVERIFY(ByteDecoder::isSupported(guess.encoding));
    const ByteDecoder::Result decoded = ByteDecoder::decode(bytes, guess.encoding);
    QCOMPARE(decoded.invalidCount, 0);
    QCOMPARE(decoded.text, reference);
}

void TestEncodingDetector::utf8IsPreferred_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Confidence>("confidence");

    QTest::newRow("ASCII news line") << QByteArray("SALT LAKE CITY, Sept. 17.--The state board met today.\n") << Confidence::High;
    QTest::newRow("ASCII one letter") << QByteArray("A") << Confidence::High;
    QTest::newRow("one CJK character") << QStringLiteral("讯").toUtf8() << Confidence::Certain;
    // Valid UTF-8 that reads like windows-1252 mojibake: still UTF-8 (the bytes allow it).
    QTest::newRow("mojibake-looking") << QByteArray("Gr\xC3\x83\xC2\xB6\xC3\x83\xC2\x9F" "e") << Confidence::Certain;
    QTest::newRow("emoji and CJK") << QStringLiteral("读者来信 📮 请寄至本报").toUtf8() << Confidence::Certain;
}

void TestEncodingDetector::utf8IsPreferred()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Confidence, confidence);

    const EncodingGuess guess = EncodingDetector::detect(bytes);
    QCOMPARE(guess.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(guess.source, Source::Utf8);
    QCOMPARE(guess.confidence, confidence);
}

void TestEncodingDetector::checkUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("multiByte");
    QTest::addColumn<int>("invalid");
    QTest::addColumn<qint64>("firstInvalid");
    QTest::addColumn<bool>("truncated");

    QTest::newRow("ASCII") << QByteArray("Page 1 of 12\n") << true << 0 << 0 << qint64(-1) << false;
    QTest::newRow("2-3-4 byte") << QByteArray("\xC3\xA9\xE6\x8A\xA5\xF0\x9F\x93\xB0") << true << 3 << 0 << qint64(-1) << false;
    QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF" "b") << false << 0 << 2 << qint64(1) << false;
    QTest::newRow("surrogate D800") << QByteArray("ab\xED\xA0\x80") << false << 0 << 3 << qint64(2) << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false << 0 << 4 << qint64(0) << false;
    QTest::newRow("lone continuation") << QByteArray("x\x80y") << false << 0 << 1 << qint64(1) << false;
    QTest::newRow("latin-1 e-acute") << QByteArray("caf\xE9 noir") << false << 0 << 1 << qint64(3) << false;
    QTest::newRow("cut at the end") << QByteArray("\xE6\x8A\xA5\xE6\x8A") << false << 1 << 1 << qint64(3) << true;
    QTest::newRow("cut in the middle") << QByteArray("\xE6\x8A" "a\xE6\x8A\xA5") << false << 1 << 1 << qint64(0) << false;
}

void TestEncodingDetector::checkUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(int, multiByte);
    QFETCH(int, invalid);
    QFETCH(qint64, firstInvalid);
    QFETCH(bool, truncated);

    const EncodingDetector::Utf8Check c = EncodingDetector::checkUtf8(bytes);
    QCOMPARE(c.valid, valid);
    QCOMPARE(c.multiByteSequences, multiByte);
    QCOMPARE(c.invalidSequences, invalid);
    QCOMPARE(c.firstInvalidOffset, firstInvalid);
    QCOMPARE(c.truncatedAtEnd, truncated);
}

void TestEncodingDetector::damagedUtf8StaysUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray page = referenceText(samples().first()).toUtf8();
    QByteArray flipped = page;
    flipped[40] = '\xFF'; // one damaged byte among ~170 CJK characters
    QTest::newRow("one damaged byte") << flipped;
    QTest::newRow("cut off mid-character") << page.left(page.size() - 2);
    QTest::newRow("short text cut off") << QStringLiteral("本报讯").toUtf8().chopped(1);
}

void TestEncodingDetector::damagedUtf8StaysUtf8()
{
    QFETCH(QByteArray, bytes);

    const EncodingGuess guess = EncodingDetector::detect(bytes);
    QCOMPARE(guess.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(guess.confidence, Confidence::Low); // the importer warns
}

void TestEncodingDetector::shortTexts_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // empty: any guess, as long as it is Low confidence
    QTest::addColumn<Confidence>("confidence");

    // uchardet calls these ISO-8859-3, IBM852 …: too little evidence to pick a Latin code page.
    QTest::newRow("de dateline") << encode(QStringLiteral("Berlin – Die Bundesregierung hat am Mittwoch überraschend"), "windows-1252")
                                 << "windows-1252" << Confidence::Low;
    QTest::newRow("fr lead") << encode(QStringLiteral("Le maire de Lyon a annoncé jeudi la fermeture"), "windows-1252")
                             << "windows-1252" << Confidence::Low;
    QTest::newRow("one umlaut") << encode(QStringLiteral("Weiß"), "windows-1252") << "windows-1252" << Confidence::Low;
    // Four CJK characters are eight bytes: any guess is a guess.
    QTest::newRow("zh 4 chars GB18030") << encode(QStringLiteral("本报记者"), "GB18030") << QString() << Confidence::Low;
    QTest::newRow("ja 4 chars Shift_JIS") << encode(QStringLiteral("気象庁は"), "Shift_JIS") << QString() << Confidence::Low;
}

void TestEncodingDetector::shortTexts()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QFETCH(Confidence, confidence);

    const EncodingGuess guess = EncodingDetector::detect(bytes);
    QVERIFY(guess.isValid());
    if (!expected.isEmpty())
        QCOMPARE(guess.encoding, expected);
    QCOMPARE(guess.confidence, confidence);
    QVERIFY2(guess.reason.contains(QLatin1String("non-ASCII")) || guess.source == Source::Fallback, qPrintable(guess.reason));
}

void TestEncodingDetector::utf16WithoutBom_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QString english = QStringLiteral("THE SALT LAKE TRIBUNE\nSUNDAY MORNING, SEPTEMBER 17, 1911\n");
    const QString mixed = QStringLiteral("2024年3月5日 Page A3\n本报讯 Shanghai (Reuters) - Shares rose 1.2% on Monday.\n");
    QTest::newRow("English UTF-16LE") << encode(english, "UTF-16LE") << "UTF-16LE";
    QTest::newRow("English UTF-16BE") << encode(english, "UTF-16BE") << "UTF-16BE";
    QTest::newRow("mixed UTF-16LE") << encode(mixed, "UTF-16LE") << "UTF-16LE";
    // CJK text: its only NUL bytes are the high bytes of line ends, spaces and digits (issue 7, item 14).
    for (const Sample &s : samples()) {
        const QString text = referenceText(s);
        QTest::addRow("%s reference, UTF-16LE", s.tag) << encode(text, "UTF-16LE") << "UTF-16LE";
        QTest::addRow("%s reference, UTF-16BE", s.tag) << encode(text, "UTF-16BE") << "UTF-16BE";
        QTest::addRow("%s reference CRLF, UTF-16LE", s.tag) << encode(QString(text).replace(u'\n', QLatin1String("\r\n")), "UTF-16LE") << "UTF-16LE";
    }
    const QString headline = QStringLiteral("温馨地铁 情暖夕阳\n");
    QTest::newRow("one line of Chinese, UTF-16LE") << encode(headline, "UTF-16LE") << "UTF-16LE";
    QTest::newRow("one line of Chinese, UTF-16BE") << encode(headline, "UTF-16BE") << "UTF-16BE";
}

void TestEncodingDetector::strayNulIsNotUtf16_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // One NUL byte in text of an ASCII-compatible encoding, at either parity, is not UTF-16.
    for (const Sample &s : samples()) {
        QByteArray utf8 = readBytes(dataPath(QString::fromLatin1(s.reference)));
        for (qsizetype at : {qsizetype(40), qsizetype(41)}) {
            QByteArray b = utf8;
            b.insert(b.indexOf('\n', at) + 1, '\0');
            QTest::addRow("%s UTF-8, NUL after line %d", s.tag, int(at)) << b << "UTF-8";
        }
        QByteArray legacy = readBytes(dataPath(QString::fromLatin1(s.legacyFile)));
        legacy.insert(legacy.indexOf('\n') + 1, '\0');
        QTest::addRow("%s legacy, one NUL", s.tag) << legacy << QString::fromLatin1(s.legacyEncoding);
    }
}

void TestEncodingDetector::strayNulIsNotUtf16()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const EncodingGuess guess = EncodingDetector::detect(bytes);
    QVERIFY2(!guess.encoding.startsWith(QLatin1String("UTF-16")), qPrintable(guess.reason));
    QVERIFY2(guess.source != Source::Fallback, qPrintable(guess.reason)); // a stray NUL does not make text "binary"
    QCOMPARE(guess.encoding, expected);
}

void TestEncodingDetector::utf16WithoutBom()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const EncodingGuess guess = EncodingDetector::detect(bytes);
    QCOMPARE(guess.encoding, expected);
    QCOMPARE(guess.source, Source::Utf16Pattern);
    QCOMPARE(guess.bomLength, 0);
    QCOMPARE(guess.confidence, Confidence::Low);
}

void TestEncodingDetector::uchardetNames_data()
{
    QTest::addColumn<QByteArray>("uchardet");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("decoder");

    const QByteArray eucKr = encode(QStringLiteral("서울시는 20일"), "EUC-KR");
    // 똠 is not in KS X 1001; only the UHC (windows-949) extension has it (lead byte below A1).
    const QByteArray uhc = encode(QStringLiteral("똠방각하"), "windows-949");
    QTest::newRow("ASCII") << QByteArray("ASCII") << QByteArray() << "UTF-8";
    QTest::newRow("UTF-8") << QByteArray("UTF-8") << QByteArray() << "UTF-8";
    QTest::newRow("ISO-8859-1 is read as windows-1252") << QByteArray("ISO-8859-1") << QByteArray() << "windows-1252";
    QTest::newRow("WINDOWS-1252") << QByteArray("WINDOWS-1252") << QByteArray() << "windows-1252";
    QTest::newRow("UHC within KS X 1001") << QByteArray("UHC") << eucKr << "EUC-KR";
    QTest::newRow("UHC with extension") << QByteArray("UHC") << uhc << "windows-949";
    QTest::newRow("BIG5") << QByteArray("BIG5") << QByteArray() << "Big5";
    QTest::newRow("SHIFT_JIS") << QByteArray("SHIFT_JIS") << QByteArray() << "Shift_JIS";
    QTest::newRow("GB18030") << QByteArray("GB18030") << QByteArray() << "GB18030";
    QTest::newRow("EUC-JP") << QByteArray("EUC-JP") << QByteArray() << "EUC-JP";
    QTest::newRow("KOI8-R") << QByteArray("KOI8-R") << QByteArray() << "KOI8-R";
    QTest::newRow("UCS-4 3412 (no decoder)") << QByteArray("X-ISO-10646-UCS-4-3412") << QByteArray() << QString();
    QTest::newRow("no answer") << QByteArray() << QByteArray() << QString();
}

void TestEncodingDetector::uchardetNames()
{
    QFETCH(QByteArray, uchardet);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, decoder);

    const QString name = EncodingDetector::decoderNameForUchardet(uchardet, bytes);
    QCOMPARE(name, decoder);
    if (!name.isEmpty())
        QVERIFY(ByteDecoder::isSupported(name));
}

void TestEncodingDetector::emptyInput()
{
    const EncodingGuess guess = EncodingDetector::detect(QByteArrayView());
    QVERIFY(!guess.isValid());
    QCOMPARE(guess.source, Source::None);
}

void TestEncodingDetector::nulBytesAreNotSentToUchardet()
{
    // A scanner's TIFF: NUL bytes outside UTF-16/32 are binary in every ASCII-compatible encoding.
    QByteArray tiff("II*\0\x08\0\0\0\x0E\0\xFE\0\x04\0\x01\0\0\0\0\0\0\0", 22); // the literal has 22 bytes (ASan: read past it with 24)
    tiff += QByteArray(64, '\xA7');
    const EncodingGuess guess = EncodingDetector::detect(tiff);
    QCOMPARE(guess.source, Source::Fallback);
    QCOMPARE(guess.encoding, QStringLiteral("windows-1252"));
    QVERIFY(guess.reason.contains(QLatin1String("NUL")));
    QVERIFY(guess.detectorName.isEmpty());
}

QTEST_GUILESS_MAIN(TestEncodingDetector)
#include "tst_encodingdetector.moc"
