// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Simplified Chinese translation (resources/translations/galley_zh_CN.ts, built to .qm into
// galley_ui's resources by packaging/CMakeLists.txt): every current string is translated, keeps its
// placeholders (%1, %n …) and accelerators, and the built-in .qm is what app/main.cpp loads for the system
// locale (zh_CN → Chinese, others → English).
#include "import/TextImporter.h"
#include "model/ReviewDocument.h"
#include "project/ProjectFile.h"
#include "segment/ReasonText.h"
#include "segment/ArticleBuilder.h"
#include "segment/LayoutModel.h"
#include "segment/LayoutSegmenter.h"
#include "segment/ReadingOrder.h"
#include "segment/Segmenter.h"
#include "import/DocumentImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kQmDir = QStringLiteral(":/galley/translations"); // as app/main.cpp loads it
const QString kTsFile = QStringLiteral(GALLEY_SOURCE_DIR "/resources/translations/galley_zh_CN.ts");

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one per numerus form
    QString type;             // "unfinished", "vanished", "obsolete" or empty
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = TsMessage{context, {}, {}, {}};
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                bool numerus = false;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        numerus = true;
                        current.translations.append(xml.readElementText());
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (!numerus)
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n|p)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return re.match(text).hasMatch();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

using namespace galley;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void everyStringTranslated();
    void systemLocaleChoosesTheTranslation_data();
    void systemLocaleChoosesTheTranslation();
    void builtTranslationTranslates();
    void englishPluralForms();
    void roleLettersAndGutterLabelsTranslated();
    void engineReasonsAreIdsTranslatedOnDisplay();
    void everyEnginesReasonsAreTranslated();
};

void TestTranslations::everyStringTranslated()
{
    QString error;
    const QList<TsMessage> messages = readTs(kTsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const QString where = m.context + QStringLiteral(": \"") + m.source + u'"';
        if (m.type == QLatin1String("unfinished") || m.translations.isEmpty()) {
            problems << where + QStringLiteral(" is not translated");
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << where + QStringLiteral(" has an empty translation");
            else if (placeholders(t) != placeholders(m.source))
                problems << where + QStringLiteral(" → \"%1\" changes the placeholders").arg(t);
            else if (hasAccelerator(m.source) && !hasAccelerator(t))
                problems << where + QStringLiteral(" → \"%1\" lost its accelerator (&)").arg(t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::systemLocaleChoosesTheTranslation_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("file"); // the .qm loaded for the locale, empty for none
    QTest::newRow("zh_CN") << "zh_CN" << "galley_zh_CN.qm";
    QTest::newRow("en_US") << "en_US" << "galley_en.qm";
    QTest::newRow("de_DE") << "de_DE" << "";
    QTest::newRow("C") << "C" << "";
}

void TestTranslations::systemLocaleChoosesTheTranslation()
{
    QFETCH(QString, locale);
    QFETCH(QString, file);
    // As app/main.cpp loads it: galley_<ui language>.qm on top of the English plural forms
    // (galley_en.qm, always), none when there is no file for the language.
    QTranslator translator;
    const bool loaded = translator.load(QLocale(locale), QStringLiteral("galley"), QStringLiteral("_"), kQmDir);
    QCOMPARE(loaded, !file.isEmpty());
    if (loaded)
        QVERIFY2(translator.filePath().endsWith(file), qPrintable(translator.filePath()));
}

void TestTranslations::englishPluralForms()
{
    // resources/translations/galley_en.ts holds the plural forms only: every %n message, two forms.
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(GALLEY_SOURCE_DIR "/resources/translations/galley_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() >= 15);
    for (const TsMessage &m : messages) {
        QVERIFY2(m.source.contains(QLatin1String("%n")), qPrintable(m.source));
        QCOMPARE(m.translations.size(), 2);
        QVERIFY2(m.type.isEmpty(), qPrintable(m.source + QStringLiteral(" is not finished")));
        for (const QString &t : m.translations)
            QCOMPARE(placeholders(t), placeholders(m.source));
    }
    QTranslator english;
    QVERIFY(english.load(kQmDir + QStringLiteral("/galley_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(&english));
    QCOMPARE(QCoreApplication::translate("galley::MainWindow", "%n article(s)", nullptr, 1), QStringLiteral("1 article"));
    QCOMPARE(QCoreApplication::translate("galley::MainWindow", "%n article(s)", nullptr, 8), QStringLiteral("8 articles"));
    QCOMPARE(QCoreApplication::translate("galley::MainWindow", "%n open flag(s)", nullptr, 0), QStringLiteral("0 open flags"));
    QCOMPARE(QCoreApplication::translate("galley::FindReplacePanel", "%n match(es)", nullptr, 1), QStringLiteral("1 match"));
    // Chinese on top of it wins.
    QTranslator chinese;
    QVERIFY(chinese.load(kQmDir + QStringLiteral("/galley_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QCOMPARE(QCoreApplication::translate("galley::MainWindow", "%n article(s)", nullptr, 8), QStringLiteral("8 篇文章"));
    QCoreApplication::removeTranslator(&chinese);
    QCoreApplication::removeTranslator(&english);
}

void TestTranslations::roleLettersAndGutterLabelsTranslated()
{
    // The gutter's role names and the role icons' letters are Chinese in the Chinese UI.
    QTranslator chinese;
    QVERIFY(chinese.load(kQmDir + QStringLiteral("/galley_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QCOMPARE(QCoreApplication::translate("RoleGutterLabel", "headline"), QStringLiteral("标题"));
    QCOMPARE(QCoreApplication::translate("RoleGutterLabel", "table-title"), QStringLiteral("表题"));
    QCOMPARE(QCoreApplication::translate("RoleIconLetter", "H"), QStringLiteral("标"));
    QCOMPARE(QCoreApplication::translate("RoleIconLetter", "By"), QStringLiteral("署"));
    QCoreApplication::removeTranslator(&chinese);
}

void TestTranslations::builtTranslationTranslates()
{
    QTranslator translator;
    QVERIFY(translator.load(kQmDir + QStringLiteral("/galley_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("Role", "Headline"), QStringLiteral("标题"));
    QCOMPARE(QCoreApplication::translate("ReviewStatus", "Done"), QStringLiteral("已完成"));
    QCOMPARE(QCoreApplication::translate("galley::ProjectController", "Recover"), QStringLiteral("恢复"));
    QCOMPARE(QCoreApplication::translate("galley::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(QCoreApplication::translate("ProjectFile", "%1: no such file").arg(QStringLiteral("a.galley")),
             QStringLiteral("a.galley：文件不存在"));
    QCOMPARE(QCoreApplication::translate("MergeArticlesCommand", "Merge %n article(s)", nullptr, 3), QStringLiteral("合并 3 篇文章"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(QCoreApplication::translate("Role", "Headline"), QStringLiteral("Headline"));
}

void TestTranslations::engineReasonsAreIdsTranslatedOnDisplay()
{
    // Issue 9 item 8: the engine stores reason ids; the text is chosen when it is shown.
    Page page = TextImporter::pageFromText(QString::fromUtf8(readFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"))),
                                           QStringLiteral("seed-page.txt"));
    ReviewDocument doc(page, Segmenter::segment(page));
    QStringList stored;
    for (const Article &a : doc.segmentation().articles) {
        for (const Piece &p : a.pieces)
            stored << p.reasons;
        for (const Flag &f : a.flags)
            stored << f.reason;
    }
    QVERIFY(stored.size() > 50);
    for (const QString &s : std::as_const(stored))
        QVERIFY2(isReasonId(s), qPrintable(s));
    const QJsonObject saved = ProjectFile::toJson(doc);
    QTranslator chinese;
    QVERIFY(chinese.load(kQmDir + QStringLiteral("/galley_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    // The same ids in every language; shown in the UI language, arguments in place.
    const ReviewDocument again(page, Segmenter::segment(page));
    QCOMPARE(again.segmentation(), doc.segmentation());
    int chineseShown = 0;
    for (const QString &s : std::as_const(stored)) {
        const QString shown = reasonDisplay(s);
        QVERIFY2(!shown.contains(QChar(0x1F)) && !shown.contains(QChar(0x1E)) && !shown.contains(QLatin1String("%1")), qPrintable(shown));
        chineseShown += shown.contains(QRegularExpression(QStringLiteral("\\p{Han}"))) ? 1 : 0;
    }
    QCOMPARE(chineseShown, int(stored.size()));
    const QString word = ReasonId("galley::ContinuationLinker", "the join makes a word (%1|%2)").arg(QStringLiteral("出"), QStringLiteral("口"));
    QCOMPARE(reasonDisplay(word), QStringLiteral("接合处构成一个词（出|口）"));
    // A reason made of other reasons shows each in the UI language.
    const QString nested = ReasonId("galley::ArticleAssembler", "Joined to the paragraph before on thin evidence: %1.")
                               .arg(joinReasons({ReasonId("galley::ContinuationLinker", "same column width"),
                                                 ReasonId("galley::ContinuationLinker", "the join makes a word (%1|%2)").arg(QStringLiteral("中"), QStringLiteral("国"))}));
    QCOMPARE(reasonDisplay(nested),
             QCoreApplication::translate("galley::ArticleAssembler", "Joined to the paragraph before on thin evidence: %1.")
                 .arg(QCoreApplication::translate("galley::ContinuationLinker", "same column width") + QStringLiteral("; ")
                      + QCoreApplication::translate("galley::ContinuationLinker", "the join makes a word (%1|%2)").arg(QStringLiteral("中"), QStringLiteral("国"))));
    // A project keeps the ids: saved in English, opened under Chinese, the same strings.
    QString error;
    const auto loaded = ProjectFile::fromJson(QJsonDocument(saved).toJson(), QStringLiteral("ids.galley"), &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->segmentation(), doc.segmentation());
    // A project saved before reasons were ids holds translated text: it loads and shows that text.
    QJsonObject old = saved;
    QJsonObject seg = old.value(QStringLiteral("segmentation")).toObject();
    QJsonArray articles = seg.value(QStringLiteral("articles")).toArray();
    QVERIFY(!articles.isEmpty());
    QJsonObject first = articles.at(0).toObject();
    QJsonArray pieces = first.value(QStringLiteral("pieces")).toArray();
    QJsonObject piece = pieces.at(0).toObject();
    piece.insert(QStringLiteral("reasons"), QJsonArray{QStringLiteral("读作标题(83%)")});
    pieces.replace(0, piece);
    first.insert(QStringLiteral("pieces"), pieces);
    articles.replace(0, first);
    seg.insert(QStringLiteral("articles"), articles);
    old.insert(QStringLiteral("segmentation"), seg);
    const auto legacy = ProjectFile::fromJson(QJsonDocument(old).toJson(), QStringLiteral("old.galley"), &error);
    QVERIFY2(legacy, qPrintable(error));
    const QStringList legacyReasons = legacy->segmentation().articles.first().pieces.first().reasons;
    QCOMPARE(legacyReasons, QStringList{QStringLiteral("读作标题(83%)")});
    QVERIFY(!isReasonId(legacyReasons.first()));
    QCOMPARE(reasonDisplay(legacyReasons.first()), QStringLiteral("读作标题(83%)"));
    QCoreApplication::removeTranslator(&chinese);
    QCOMPARE(reasonDisplay(word), QStringLiteral("the join makes a word (出|口)"));
}

// Each engine files its reasons and flags under the translation context lupdate gives the code that
// makes them (a helper named tr in a free function is "galley", in a struct the struct's name): the
// learned engine (ArticleBuilder) and the geometry engine (LayoutSegmenter and its Builder) on pages
// of their own, every reason shown in Chinese.
void TestTranslations::everyEnginesReasonsAreTranslated()
{
    Page text = TextImporter::pageFromText(QString::fromUtf8(readFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"))),
                                           QStringLiteral("seed-page.txt"));
    const ImportResult laidOut = DocumentImporter::importFile(QStringLiteral(GALLEY_TEST_DATA "/formats/layout-three-articles.xml"));
    QVERIFY2(laidOut.ok(), qPrintable(laidOut.error));
    QVERIFY(LayoutSegmenter::applies(laidOut.pages.first()));
    const QList<std::pair<const char *, Segmentation>> engines{
        {"learned", ArticleBuilder::build(ReadingOrder::analyse(text), text.text())},
        {"geometry", LayoutSegmenter::segment(laidOut.pages.first(), LayoutModel::builtIn())}};
    QTranslator chinese;
    QVERIFY(chinese.load(kQmDir + QStringLiteral("/galley_zh_CN.qm")));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    for (const auto &[engine, seg] : engines) {
        QStringList stored;
        for (const Article &a : seg.articles) {
            for (const Piece &p : a.pieces)
                stored << p.reasons;
            for (const Flag &f : a.flags)
                stored << f.reason;
        }
        QVERIFY2(stored.size() >= 5, engine);
        for (const QString &s : std::as_const(stored)) {
            QVERIFY2(isReasonId(s), qPrintable(s));
            const QString shown = reasonDisplay(s);
            QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("\\p{Han}"))),
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(engine), QString(s).replace(QChar(0x1F), u'|'))));
        }
    }
    QCoreApplication::removeTranslator(&chinese);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
