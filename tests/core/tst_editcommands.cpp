// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the editor operations in app/core/edit/: each command on a realistic hand-segmented page
// (Chinese and English), the resulting document, exact undo and redo, merging of typing, and
// obsolete commands on bad input.
#include "edit/CorrectTextCommand.h"
#include "edit/TypingSteps.h"
#include "edit/JoinBlockPiecesCommand.h"
#include "edit/MakeHeadlineCommand.h"
#include "edit/MergeArticlesCommand.h"
#include "edit/MovePiecesCommand.h"
#include "edit/NewArticleCommand.h"
#include "edit/ReorderPieceCommand.h"
#include "edit/ReplaceAllCommand.h"
#include "edit/ResolveFlagCommand.h"
#include "edit/SendToFurnitureCommand.h"
#include "edit/SetParagraphJoinCommand.h"
#include "edit/SetReviewStatusCommand.h"
#include "edit/SetRoleCommand.h"
#include "edit/SetRoleTextCommand.h"
#include "edit/SplitArticleCommand.h"
#include "edit/SplitBlockCommand.h"
#include "edit/SwapHeadlinesCommand.h"
#include "support/MiniPages.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace galley;

Q_DECLARE_METATYPE(std::function<QUndoCommand *(galley::ReviewDocument *)>)

namespace {

QList<int> pieceIds(const Article &a)
{
    QList<int> ids;
    for (const Piece &p : a.pieces)
        ids.append(p.id);
    return ids;
}

QList<int> articleIds(const Segmentation &s)
{
    QList<int> ids;
    for (const Article &a : s.articles)
        ids.append(a.id);
    return ids;
}

QList<int> furnitureIds(const Segmentation &s)
{
    QList<int> ids;
    for (const Piece &p : s.furniture)
        ids.append(p.id);
    return ids;
}

const Article &articleById(const ReviewDocument &doc, int id)
{
    static const Article none;
    const int i = doc.segmentation().indexOfArticle(id);
    return i < 0 ? none : doc.segmentation().articles[i];
}

// Pushes cmd and checks that it made one undo step, that undo restores the document exactly and that
// redo brings the edit back exactly.
void pushChecked(ReviewDocument *doc, QUndoCommand *cmd)
{
    const Segmentation segBefore = doc->segmentation();
    const QHash<int, QString> corrBefore = doc->corrections();
    const int count = doc->undoStack()->count();
    QVERIFY2(!cmd->isObsolete(), qPrintable(QStringLiteral("command \"%1\" is obsolete").arg(cmd->text())));
    doc->undoStack()->push(cmd);
    QCOMPARE(doc->undoStack()->count(), count + 1);
    const Segmentation segAfter = doc->segmentation();
    const QHash<int, QString> corrAfter = doc->corrections();
    QVERIFY(segAfter != segBefore || corrAfter != corrBefore);
    doc->undoStack()->undo();
    QCOMPARE(doc->segmentation(), segBefore);
    QCOMPARE(doc->corrections(), corrBefore);
    doc->undoStack()->redo();
    QCOMPARE(doc->segmentation(), segAfter);
    QCOMPARE(doc->corrections(), corrAfter);
}

#define PUSH(doc, cmd)                                                                                                 \
    do {                                                                                                               \
        pushChecked(doc, cmd);                                                                                         \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

} // namespace

class TestEditCommands : public QObject {
    Q_OBJECT
private slots:
    void fixtureIsRealistic();
    void typingStepsEndAtWordsPausesAndPhrases();
    void newArticleFromPieces();
    void newArticleFromFurniture();
    void mergeArticles();
    void splitArticle();
    void movePieces_data();
    void movePieces();
    void reorderPiece_data();
    void reorderPiece();
    void splitInterleavedBlockAndRejoin();
    void joinBlockPiecesRestoresTheBlock();
    void splitAtCursorInRepairedText();
    void paragraphJoinEnglish();
    void setRole();
    void setRoleFurnitureSendsToFurniture();
    void makeHeadline();
    void makeHeadlineWithoutPreviousHeadline();
    void swapHeadlines();
    void correctTextMergesTyping();
    void correctTextBackToOriginalLeavesNoStep();
    void revertCorrection();
    void setRoleTextExistingAndNew();
    void sendToFurniture();
    void setReviewStatus();
    void resolveFlag();
    void replaceAllIsOneStep();
    void undoWholeSessionRestoresEngineOutput();
    void obsoleteOnBadInput_data();
    void obsoleteOnBadInput();
};

void TestEditCommands::fixtureIsRealistic()
{
    auto doc = test::chineseDocument();
    QCOMPARE(doc->page().blocks().size(), 8);
    QCOMPARE(doc->headline(0), QStringLiteral("市民文化节开幕"));
    QCOMPARE(doc->roleText(0, Role::Byline), QStringLiteral("●本报记者 李明"));
    // wrap spaces between Han characters are repaired in body text
    QCOMPARE(doc->paragraphs(0).first(), QStringLiteral("本报讯日前,第五届市民文化节在市文化馆开幕,来自全市的200余个团队报名参加。"));
    QCOMPARE(doc->paragraphs(1), QStringList{QStringLiteral("本报讯(记者王芳)记者从市地铁公司获悉,3号线将于下月试运行,全线共设车站")});
}

void TestEditCommands::newArticleFromPieces()
{
    auto doc = test::chineseDocument();
    // selection given out of order, from two articles: kept in document order
    auto *cmd = new NewArticleCommand(doc.get(), {6, 4});
    QCOMPARE(cmd->text(), QStringLiteral("New article from 2 piece(s)"));
    const int newId = cmd->articleId();
    QCOMPARE(newId, 3);
    const auto pure = NewArticleCommand::apply(doc->segmentation(), {4, 6});
    PUSH(doc.get(), cmd);
    QCOMPARE(doc->segmentation(), *pure);
    const Segmentation &s = doc->segmentation();
    QCOMPARE(articleIds(s), (QList<int>{1, 3, 2})); // right after the article of the first piece
    QCOMPARE(pieceIds(s.articles[1]), (QList<int>{4, 6}));
    QCOMPARE(pieceIds(s.articles[0]), (QList<int>{1, 2, 3, 7}));
    QCOMPARE(pieceIds(s.articles[2]), (QList<int>{5}));
    QCOMPARE(s.nextArticleId, 4);
    QCOMPARE(s.articles[1].status, ReviewStatus::Unreviewed);
}

void TestEditCommands::newArticleFromFurniture()
{
    auto doc = test::chineseDocument();
    PUSH(doc.get(), new NewArticleCommand(doc.get(), {8}));
    const Segmentation &s = doc->segmentation();
    QVERIFY(s.furniture.isEmpty());
    QCOMPARE(articleIds(s), (QList<int>{1, 2, 3}));
    QCOMPARE(s.articles[2].pieces.first().role, Role::Body);
    QCOMPARE(doc->paragraphs(2), QStringList{QStringLiteral("第2版")});
}

void TestEditCommands::mergeArticles()
{
    auto doc = test::chineseDocument();
    Segmentation seg = doc->segmentation();
    seg.articles[0].note = QStringLiteral("check the date");
    seg.articles[1].note = QStringLiteral("photo missing");
    seg.articles[1].flags = {Flag{6, QStringLiteral("open-end"), QStringLiteral("ends mid-sentence"), false}};
    seg.articles[0].status = ReviewStatus::InReview;
    doc->setSegmentation(seg);

    // given in reverse: merged into the first in page order
    auto *cmd = new MergeArticlesCommand(doc.get(), {2, 1});
    QCOMPARE(cmd->text(), QStringLiteral("Merge 2 article(s)"));
    PUSH(doc.get(), cmd);
    const Segmentation &s = doc->segmentation();
    QCOMPARE(articleIds(s), QList<int>{1});
    QCOMPARE(pieceIds(s.articles[0]), (QList<int>{1, 2, 3, 4, 7, 5, 6}));
    QCOMPARE(s.articles[0].flags.size(), 2);
    QCOMPARE(s.articles[0].note, QStringLiteral("check the date\n\nphoto missing"));
    QCOMPARE(s.articles[0].status, ReviewStatus::InReview);
    QCOMPARE(s.furniture.size(), 1);
}

void TestEditCommands::splitArticle()
{
    auto doc = test::chineseDocument();
    PUSH(doc.get(), new SplitArticleCommand(doc.get(), 1, 4));
    const Segmentation &s = doc->segmentation();
    QCOMPARE(articleIds(s), (QList<int>{1, 3, 2}));
    QCOMPARE(pieceIds(s.articles[0]), (QList<int>{1, 2, 3}));
    QCOMPARE(pieceIds(s.articles[1]), (QList<int>{4, 7}));
    // the flag about piece 7 went with it
    QVERIFY(s.articles[0].flags.isEmpty());
    QCOMPARE(s.articles[1].flags.size(), 1);
    QCOMPARE(s.articles[1].flags.first().pieceId, 7);
    QCOMPARE(doc->paragraphs(0).size(), 1);
    QCOMPARE(doc->paragraphs(1).size(), 2);
}

void TestEditCommands::movePieces_data()
{
    QTest::addColumn<QList<int>>("pieces");
    QTest::addColumn<int>("target");
    QTest::addColumn<int>("index");
    QTest::addColumn<QList<int>>("expectedArticles");
    QTest::addColumn<QList<int>>("expectedTarget");
    QTest::addColumn<QList<int>>("expectedFurniture");

    QTest::newRow("to other article, end") << QList<int>{7} << 2 << -1 << QList<int>{1, 2} << QList<int>{5, 6, 7} << QList<int>{8};
    QTest::newRow("to other article, top") << QList<int>{7, 4} << 2 << 0 << QList<int>{1, 2} << QList<int>{4, 7, 5, 6} << QList<int>{8};
    QTest::newRow("within article, drag down") << QList<int>{3} << 1 << 5 << QList<int>{1, 2} << QList<int>{1, 2, 4, 7, 3} << QList<int>{8};
    QTest::newRow("within article, drag up") << QList<int>{7} << 1 << 2 << QList<int>{1, 2} << QList<int>{1, 2, 7, 3, 4} << QList<int>{8};
    QTest::newRow("from furniture") << QList<int>{8} << 2 << 1 << QList<int>{1, 2} << QList<int>{5, 8, 6} << QList<int>{};
    QTest::newRow("emptied article removed") << QList<int>{5, 6} << 1 << -1 << QList<int>{1} << QList<int>{1, 2, 3, 4, 7, 5, 6} << QList<int>{8};
}

void TestEditCommands::movePieces()
{
    QFETCH(QList<int>, pieces);
    QFETCH(int, target);
    QFETCH(int, index);
    auto doc = test::chineseDocument();
    const auto pure = MovePiecesCommand::apply(doc->segmentation(), pieces, target, index);
    QVERIFY(pure.has_value());
    PUSH(doc.get(), new MovePiecesCommand(doc.get(), pieces, target, index));
    QCOMPARE(doc->segmentation(), *pure);
    QTEST(articleIds(doc->segmentation()), "expectedArticles");
    QTEST(pieceIds(articleById(*doc, target)), "expectedTarget");
    QTEST(furnitureIds(doc->segmentation()), "expectedFurniture");
    if (pieces.contains(8))
        QCOMPARE(doc->segmentation().piece(8)->role, Role::Body);
    if (pieces.contains(7) && target == 2)
        QCOMPARE(articleById(*doc, 2).flags.size(), 1); // the flag about 7 moved along
}

void TestEditCommands::reorderPiece_data()
{
    QTest::addColumn<int>("piece");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("Alt+Up") << 4 << -1 << QList<int>{1, 2, 4, 3, 7};
    QTest::newRow("Alt+Down") << 3 << 1 << QList<int>{1, 2, 4, 3, 7};
    QTest::newRow("clamped") << 7 << -10 << QList<int>{7, 1, 2, 3, 4};
}

void TestEditCommands::reorderPiece()
{
    QFETCH(int, piece);
    QFETCH(int, delta);
    auto doc = test::chineseDocument();
    auto *cmd = new ReorderPieceCommand(doc.get(), piece, delta);
    QCOMPARE(cmd->text(), delta < 0 ? QStringLiteral("Move piece up") : QStringLiteral("Move piece down"));
    PUSH(doc.get(), cmd);
    QTEST(pieceIds(articleById(*doc, 1)), "expected");
}

void TestEditCommands::splitInterleavedBlockAndRejoin()
{
    auto doc = test::chineseDocument();
    const Segmentation original = doc->segmentation();
    const Block &block7 = doc->page().blocks().at(6);
    const qsizetype at = doc->page().text().indexOf(QStringLiteral("文化节闭幕式"), block7.span.start);
    QVERIFY(at > block7.span.start);

    // an editor's correction of the whole block cannot survive the cut; undo must bring it back
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 7, QStringLiteral("18座。文化节闭幕式将于本月底在市体育馆举行。")));
    QVERIFY(doc->hasCorrection(7));

    auto *split = new SplitBlockCommand(doc.get(), 7, at);
    QCOMPARE(split->newPieceId(), 9);
    PUSH(doc.get(), split);
    QVERIFY(!doc->hasCorrection(7));
    const Segmentation &s = doc->segmentation();
    QCOMPARE(s.nextPieceId, 10);
    const Piece *first = s.piece(7);
    const Piece *second = s.piece(9);
    QVERIFY(first && second);
    QCOMPARE(first->block, 6);
    QCOMPARE(second->block, 6);
    QCOMPARE(first->span.start, block7.span.start);
    QCOMPARE(second->span.start, at);
    QCOMPARE(second->span.end, block7.span.end);
    QCOMPARE(doc->rawPieceText(7), QStringLiteral("18座。")); // the space at the cut belongs to neither
    QCOMPARE(second->role, Role::Body);
    QVERIFY(!second->continuesParagraph);
    QCOMPARE(pieceIds(s.articles[0]), (QList<int>{1, 2, 3, 4, 7, 9}));

    // the metro story's end goes to the metro story and continues its lead's sentence
    PUSH(doc.get(), new MovePiecesCommand(doc.get(), {7}, 2));
    PUSH(doc.get(), new SetParagraphJoinCommand(doc.get(), 7, true));
    QCOMPARE(doc->paragraphs(1),
             QStringList{QStringLiteral("本报讯(记者王芳)记者从市地铁公司获悉,3号线将于下月试运行,全线共设车站18座。")});
    QCOMPARE(doc->paragraphs(0).last(), QStringLiteral("文化节闭幕式将于月底在市体育馆举行。"));
    QCOMPARE(articleById(*doc, 2).flags.size(), 1);

    // the raw page is untouched by all of it
    QCOMPARE(doc->page().text(), test::chinesePageText());

    // undo everything: the hand segmentation and the correction are back exactly
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(doc->segmentation(), original);
    QVERIFY(doc->corrections().isEmpty());
    doc->undoStack()->redo();
    QCOMPARE(doc->pieceText(7), QStringLiteral("18座。文化节闭幕式将于本月底在市体育馆举行。"));
}

void TestEditCommands::joinBlockPiecesRestoresTheBlock()
{
    auto doc = test::chineseDocument();
    const Segmentation original = doc->segmentation();
    const qsizetype at = doc->page().text().indexOf(QStringLiteral("文化节闭幕式"));
    doc->undoStack()->push(new SplitBlockCommand(doc.get(), 7, at));
    QCOMPARE(JoinBlockPiecesCommand::nextPieceOfBlock(doc->segmentation(), 7), 9);
    QCOMPARE(JoinBlockPiecesCommand::nextPieceOfBlock(doc->segmentation(), 9), -1);
    PUSH(doc.get(), new JoinBlockPiecesCommand(doc.get(), 7));
    Segmentation expected = original;
    expected.nextPieceId = 10; // ids are never reused
    QCOMPARE(doc->segmentation(), expected);
}

void TestEditCommands::splitAtCursorInRepairedText()
{
    auto doc = test::chineseDocument();
    // the editor sees "18座。文化节…" (the wrap space repaired) and puts the cursor before 文
    const qsizetype cursor = doc->pieceText(7).indexOf(QStringLiteral("文化节"));
    QCOMPARE(cursor, 4);
    const qsizetype at = SplitBlockCommand::pageOffset(*doc, 7, cursor);
    QVERIFY(at > 0);
    PUSH(doc.get(), new SplitBlockCommand(doc.get(), 7, at));
    QCOMPARE(doc->rawPieceText(7), QStringLiteral("18座。"));
    QCOMPARE(doc->rawPieceText(9), QStringLiteral("文化节闭幕式将于月底在 市体育馆举行。"));

    auto en = test::englishDocument();
    // "which in-\ncreases" reads "which increases": the cursor inside the joined word maps into the raw line
    const QString shown = en->pieceText(3);
    const qsizetype c = shown.indexOf(QStringLiteral("creases"));
    const qsizetype pos = SplitBlockCommand::pageOffset(*en, 3, c);
    QCOMPARE(en->page().text().mid(pos, 7), QStringLiteral("creases"));
    QCOMPARE(SplitBlockCommand::pageOffset(*en, 3, 0), en->segmentation().piece(3)->span.start);
    QCOMPARE(SplitBlockCommand::pageOffset(*en, 3, shown.size()), en->segmentation().piece(3)->span.end);
    QCOMPARE(SplitBlockCommand::pageOffset(*en, 3, shown.size() + 1), -1);
    en->undoStack()->push(new CorrectTextCommand(en.get(), 3, QStringLiteral("The council voted.")));
    QCOMPARE(SplitBlockCommand::pageOffset(*en, 3, 4), -1); // corrected text no longer follows the page
}

void TestEditCommands::paragraphJoinEnglish()
{
    auto doc = test::englishDocument();
    QCOMPARE(doc->paragraphs(0).size(), 3);
    PUSH(doc.get(), new SetParagraphJoinCommand(doc.get(), 5, true));
    const QStringList paras = doc->paragraphs(0);
    QCOMPARE(paras.size(), 2);
    QCOMPARE(paras[0], QStringLiteral("The city council voted on Tuesday to approve the new budget, which increases spending on "
                                      "schools and on the public library."));
    QCOMPARE(paras[1], QStringLiteral("The mayor said the plan was well-known to all members of the council and that the vote "
                                      "came after a long debate."));
    auto *breakCmd = new SetParagraphJoinCommand(doc.get(), 5, false);
    QCOMPARE(breakCmd->text(), QStringLiteral("Break paragraph"));
    PUSH(doc.get(), breakCmd);
    QCOMPARE(doc->paragraphs(0).size(), 3);
}

void TestEditCommands::setRole()
{
    auto doc = test::chineseDocument();
    auto *cmd = new SetRoleCommand(doc.get(), {3, 4}, Role::Caption);
    QCOMPARE(cmd->text(), QStringLiteral("Set role of 2 piece(s) to Caption"));
    PUSH(doc.get(), cmd);
    QCOMPARE(doc->segmentation().piece(3)->role, Role::Caption);
    QCOMPARE(doc->segmentation().piece(4)->role, Role::Caption);
    QCOMPARE(doc->paragraphs(0).size(), 1); // only piece 7 is body now
}

void TestEditCommands::setRoleFurnitureSendsToFurniture()
{
    auto doc = test::chineseDocument();
    PUSH(doc.get(), new SetRoleCommand(doc.get(), {2}, Role::Furniture));
    QCOMPARE(furnitureIds(doc->segmentation()), (QList<int>{2, 8}));
    QCOMPARE(doc->segmentation().piece(2)->role, Role::Furniture);
}

void TestEditCommands::makeHeadline()
{
    auto doc = test::englishDocument();
    // the engine took the byline for body and the headline for a kicker: make the real one headline
    Segmentation seg = doc->segmentation();
    seg.articles[0].pieces.move(0, 2); // headline now after body piece 3: 2, 3, 1, 4, 5
    doc->setSegmentation(seg);
    // make the byline the headline: the previous headline becomes a subheadline, the byline takes its place
    PUSH(doc.get(), new MakeHeadlineCommand(doc.get(), 2));
    const Article &a = doc->segmentation().articles[0];
    QCOMPARE(pieceIds(a), (QList<int>{3, 2, 1, 4, 5}));
    QCOMPARE(a.pieces[1].role, Role::Headline);
    QCOMPARE(a.pieces[2].role, Role::Subheadline);
    QCOMPARE(doc->headline(0), QStringLiteral("By JOHN SMITH"));
    QCOMPARE(doc->roleText(0, Role::Subheadline), QStringLiteral("CITY COUNCIL VOTES NEW BUDGET"));
    // making the original headline headline again: the byline piece becomes subheadline
    PUSH(doc.get(), new MakeHeadlineCommand(doc.get(), 1));
    QCOMPARE(doc->headline(0), QStringLiteral("CITY COUNCIL VOTES NEW BUDGET"));
    QCOMPARE(pieceIds(doc->segmentation().articles[0]), (QList<int>{3, 1, 2, 4, 5}));
}

void TestEditCommands::makeHeadlineWithoutPreviousHeadline()
{
    auto doc = test::chineseDocument();
    doc->undoStack()->push(new SetRoleCommand(doc.get(), {1}, Role::Kicker));
    // no headline now: the piece goes to the top, after the opening kicker
    PUSH(doc.get(), new MakeHeadlineCommand(doc.get(), 4));
    QCOMPARE(pieceIds(doc->segmentation().articles[0]), (QList<int>{1, 4, 2, 3, 7}));
    QCOMPARE(doc->headline(0), QStringLiteral("活动为期一个月,共安排演出、展 览、讲座等30余场,市民可通过 公众号预约。"));
}

void TestEditCommands::swapHeadlines()
{
    auto doc = test::chineseDocument();
    PUSH(doc.get(), new SwapHeadlinesCommand(doc.get(), 1, 2));
    QCOMPARE(doc->headline(0), QStringLiteral("地铁新线试运行"));
    QCOMPARE(doc->headline(1), QStringLiteral("市民文化节开幕"));
    QCOMPARE(pieceIds(doc->segmentation().articles[0]), (QList<int>{5, 2, 3, 4, 7}));
    QCOMPARE(pieceIds(doc->segmentation().articles[1]), (QList<int>{1, 6}));
}

void TestEditCommands::correctTextMergesTyping()
{
    auto doc = test::chineseDocument();
    QSignalSpy spy(doc.get(), &ReviewDocument::pieceTextChanged);
    const QString raw = doc->page().text();
    const QString base = doc->pieceText(4);
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 4, base + QStringLiteral("详")));
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 4, base + QStringLiteral("详情")));
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 4, base + QStringLiteral("详情见")));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->pieceText(4), base + QStringLiteral("详情见"));
    QCOMPARE(doc->undoStack()->text(0), QStringLiteral("Correct text"));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.last().first().toInt(), 4);
    QCOMPARE(doc->page().text(), raw);

    // another piece is another step; a later edit of piece 4 does not merge into it
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 3, QStringLiteral("本报讯 日前")));
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 4, QStringLiteral("x")));
    QCOMPARE(doc->undoStack()->count(), 3);

    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->pieceText(4), base + QStringLiteral("详情见"));
    QVERIFY(!doc->hasCorrection(3));
    doc->undoStack()->undo();
    QVERIFY(doc->corrections().isEmpty());
    QCOMPARE(doc->pieceText(4), base);
    doc->undoStack()->redo();
    QCOMPARE(doc->pieceText(4), base + QStringLiteral("详情见"));
}

void TestEditCommands::correctTextBackToOriginalLeavesNoStep()
{
    auto doc = test::englishDocument();
    const QString base = doc->pieceText(7);
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 7, base + QStringLiteral(" T")));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 7, base));
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(doc->corrections().isEmpty());
    // typing the same text as the page shows is no correction at all
    auto *same = new CorrectTextCommand(doc.get(), 7, base);
    QVERIFY(same->isObsolete());
    delete same;
}

void TestEditCommands::revertCorrection()
{
    auto doc = test::englishDocument();
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 7, QStringLiteral("Heavy rain caused the river to rise two feet overnight!")));
    auto *revert = new CorrectTextCommand(doc.get(), 7, std::nullopt);
    QCOMPARE(revert->text(), QStringLiteral("Revert correction"));
    PUSH(doc.get(), revert); // a removal is its own step, never merged into typing
    QCOMPARE(doc->undoStack()->count(), 2);
    QVERIFY(!doc->hasCorrection(7));
}

void TestEditCommands::setRoleTextExistingAndNew()
{
    auto doc = test::chineseDocument();
    // the existing headline: a correction of its piece
    doc->undoStack()->push(new SetRoleTextCommand(doc.get(), 2, Role::Headline, QStringLiteral("地铁3号")));
    doc->undoStack()->push(new SetRoleTextCommand(doc.get(), 2, Role::Headline, QStringLiteral("地铁3号线试运行")));
    QCOMPARE(doc->undoStack()->count(), 1); // typing in the field merges
    QCOMPARE(doc->headline(1), QStringLiteral("地铁3号线试运行"));
    QCOMPARE(doc->corrections().value(5), QStringLiteral("地铁3号线试运行"));
    QCOMPARE(doc->segmentation().articles[1].pieces.size(), 2);

    // a kicker the article lacks: an editor-added piece at the top
    const Segmentation before = doc->segmentation();
    auto *kicker = new SetRoleTextCommand(doc.get(), 1, Role::Kicker, QStringLiteral("文化生活"));
    QCOMPARE(kicker->text(), QStringLiteral("Edit kicker"));
    PUSH(doc.get(), kicker);
    const Article &a = doc->segmentation().articles[0];
    QCOMPARE(a.pieces.size(), 6);
    const Piece &added = a.pieces.first();
    QCOMPARE(added.id, before.nextPieceId);
    QCOMPARE(added.block, -1);
    QVERIFY(added.span.isEmpty());
    QCOMPARE(added.role, Role::Kicker);
    QCOMPARE(doc->roleText(0, Role::Kicker), QStringLiteral("文化生活"));
    QCOMPARE(doc->segmentation().nextPieceId, before.nextPieceId + 1);

    // a subheadline goes after the headline
    PUSH(doc.get(), new SetRoleTextCommand(doc.get(), 1, Role::Subheadline, QStringLiteral("为期一个月")));
    QCOMPARE(doc->segmentation().articles[0].pieces[2].role, Role::Subheadline);

    // clearing the editor-added kicker removes its piece
    PUSH(doc.get(), new SetRoleTextCommand(doc.get(), 1, Role::Kicker, QString()));
    QCOMPARE(doc->segmentation().articles[0].indexOfRole(Role::Kicker), -1);
    QVERIFY(!doc->hasCorrection(before.nextPieceId));

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(doc->segmentation(), test::chineseDocument()->segmentation());
    QVERIFY(doc->corrections().isEmpty());
}

void TestEditCommands::sendToFurniture()
{
    auto doc = test::chineseDocument();
    auto *cmd = new SendToFurnitureCommand(doc.get(), {7, 8});
    QCOMPARE(cmd->text(), QStringLiteral("Send 2 piece(s) to page furniture"));
    PUSH(doc.get(), cmd);
    const Segmentation &s = doc->segmentation();
    QCOMPARE(furnitureIds(s), (QList<int>{7, 8}));
    QCOMPARE(s.piece(7)->role, Role::Furniture);
    QVERIFY(s.articles[0].flags.isEmpty()); // the flag about 7 is gone with it
    // an article whose every piece goes is removed
    PUSH(doc.get(), new SendToFurnitureCommand(doc.get(), {5, 6}));
    QCOMPARE(articleIds(doc->segmentation()), QList<int>{1});
    QCOMPARE(furnitureIds(doc->segmentation()), (QList<int>{5, 6, 7, 8}));
}

void TestEditCommands::setReviewStatus()
{
    auto doc = test::chineseDocument();
    auto *cmd = new SetReviewStatusCommand(doc.get(), {1, 2}, ReviewStatus::Done);
    QCOMPARE(cmd->text(), QStringLiteral("Mark 2 article(s) as Done"));
    PUSH(doc.get(), cmd);
    QCOMPARE(doc->segmentation().articles[0].status, ReviewStatus::Done);
    QCOMPARE(doc->segmentation().articles[1].status, ReviewStatus::Done);
    PUSH(doc.get(), new SetReviewStatusCommand(doc.get(), {2}, ReviewStatus::InReview));
    QCOMPARE(doc->segmentation().articles[1].status, ReviewStatus::InReview);
}

void TestEditCommands::resolveFlag()
{
    auto doc = test::chineseDocument();
    QCOMPARE(doc->segmentation().openFlagCount(), 1);
    PUSH(doc.get(), new ResolveFlagCommand(doc.get(), 1, 0, true));
    QCOMPARE(doc->segmentation().openFlagCount(), 0);
    QVERIFY(doc->segmentation().articles[0].flags[0].resolved);
    auto *again = new ResolveFlagCommand(doc.get(), 1, 0, true);
    QVERIFY(again->isObsolete());
    delete again;
    PUSH(doc.get(), new ResolveFlagCommand(doc.get(), 1, 0, false));
    QCOMPARE(doc->segmentation().openFlagCount(), 1);
}

void TestEditCommands::replaceAllIsOneStep()
{
    auto doc = test::chineseDocument();
    doc->undoStack()->push(new CorrectTextCommand(doc.get(), 3, QStringLiteral("本报讯 日前,第五届市民文化节开幕。")));
    QHash<int, QString> texts;
    texts.insert(3, QStringLiteral("本报讯 近日,第五届市民文化节开幕。"));
    texts.insert(6, QStringLiteral("本报讯(记者王芳)近日从市地铁公司获悉"));
    texts.insert(4, doc->repairedPieceText(4)); // unchanged text: no correction
    auto *cmd = new ReplaceAllCommand(doc.get(), texts);
    QCOMPARE(cmd->text(), QStringLiteral("Replace in 3 piece(s)"));
    PUSH(doc.get(), cmd);
    QCOMPARE(doc->undoStack()->count(), 2);
    QCOMPARE(doc->pieceText(3), texts[3]);
    QCOMPARE(doc->pieceText(6), texts[6]);
    QVERIFY(!doc->hasCorrection(4));
    doc->undoStack()->undo();
    QCOMPARE(doc->pieceText(3), QStringLiteral("本报讯 日前,第五届市民文化节开幕。"));
    QVERIFY(!doc->hasCorrection(6));
}

void TestEditCommands::undoWholeSessionRestoresEngineOutput()
{
    auto doc = test::englishDocument();
    const Segmentation original = doc->segmentation();
    QUndoStack *stack = doc->undoStack();
    stack->push(new SetParagraphJoinCommand(doc.get(), 5, true));
    stack->push(new CorrectTextCommand(doc.get(), 3, QStringLiteral("The city council voted on Tuesday.")));
    stack->push(new MergeArticlesCommand(doc.get(), {1, 2}));
    stack->push(new SplitArticleCommand(doc.get(), 1, 6));
    stack->push(new SendToFurnitureCommand(doc.get(), {2}));
    stack->push(new SetRoleCommand(doc.get(), {1}, Role::Subheadline));
    stack->push(new MakeHeadlineCommand(doc.get(), 1));
    stack->push(new SetReviewStatusCommand(doc.get(), {1}, ReviewStatus::Done));
    QCOMPARE(stack->count(), 8);
    QCOMPARE(doc->segmentation().articles.size(), 2);
    QCOMPARE(doc->headline(1), QStringLiteral("FLOODS IN THE VALLEY"));
    QCOMPARE(doc->roleText(0, Role::Subheadline), QString());
    QCOMPARE(doc->headline(0), QStringLiteral("CITY COUNCIL VOTES NEW BUDGET"));
    QVERIFY(doc->isModified());
    stack->setIndex(0);
    QCOMPARE(doc->segmentation(), original);
    QVERIFY(doc->corrections().isEmpty());
    QVERIFY(!doc->isModified());
}

void TestEditCommands::obsoleteOnBadInput_data()
{
    using Make = std::function<QUndoCommand *(ReviewDocument *)>;
    QTest::addColumn<Make>("make");
    QTest::newRow("new article, no pieces") << Make([](ReviewDocument *d) { return new NewArticleCommand(d, {}); });
    QTest::newRow("new article, unknown piece") << Make([](ReviewDocument *d) { return new NewArticleCommand(d, {3, 99}); });
    QTest::newRow("merge, one article") << Make([](ReviewDocument *d) { return new MergeArticlesCommand(d, {1, 1}); });
    QTest::newRow("merge, unknown article") << Make([](ReviewDocument *d) { return new MergeArticlesCommand(d, {1, 42}); });
    QTest::newRow("split article before first piece") << Make([](ReviewDocument *d) { return new SplitArticleCommand(d, 1, 1); });
    QTest::newRow("split article, piece of other article") << Make([](ReviewDocument *d) { return new SplitArticleCommand(d, 1, 6); });
    QTest::newRow("move, unknown target") << Make([](ReviewDocument *d) { return new MovePiecesCommand(d, {3}, 9); });
    QTest::newRow("move, index out of range") << Make([](ReviewDocument *d) { return new MovePiecesCommand(d, {3}, 2, 7); });
    QTest::newRow("move, to where it is") << Make([](ReviewDocument *d) { return new MovePiecesCommand(d, {7}, 1, -1); });
    QTest::newRow("reorder, top piece up") << Make([](ReviewDocument *d) { return new ReorderPieceCommand(d, 1, -1); });
    QTest::newRow("reorder, furniture") << Make([](ReviewDocument *d) { return new ReorderPieceCommand(d, 8, 1); });
    QTest::newRow("join, unchanged") << Make([](ReviewDocument *d) { return new SetParagraphJoinCommand(d, 4, false); });
    QTest::newRow("join, unknown piece") << Make([](ReviewDocument *d) { return new SetParagraphJoinCommand(d, 77, true); });
    QTest::newRow("split block at its start") << Make([](ReviewDocument *d) {
        return new SplitBlockCommand(d, 7, d->segmentation().piece(7)->span.start);
    });
    QTest::newRow("split block outside the piece") << Make([](ReviewDocument *d) { return new SplitBlockCommand(d, 7, 0); });
    QTest::newRow("split block at its end") << Make([](ReviewDocument *d) {
        return new SplitBlockCommand(d, 1, d->segmentation().piece(1)->span.end);
    });
    QTest::newRow("join block pieces, no second fragment") << Make([](ReviewDocument *d) { return new JoinBlockPiecesCommand(d, 7); });
    QTest::newRow("role, unchanged") << Make([](ReviewDocument *d) { return new SetRoleCommand(d, {1}, Role::Headline); });
    QTest::newRow("role, unknown piece") << Make([](ReviewDocument *d) { return new SetRoleCommand(d, {1, 50}, Role::Body); });
    QTest::newRow("make headline, already") << Make([](ReviewDocument *d) { return new MakeHeadlineCommand(d, 1); });
    QTest::newRow("make headline, furniture") << Make([](ReviewDocument *d) { return new MakeHeadlineCommand(d, 8); });
    QTest::newRow("swap headlines, same article") << Make([](ReviewDocument *d) { return new SwapHeadlinesCommand(d, 1, 1); });
    QTest::newRow("correct, unknown piece") << Make([](ReviewDocument *d) { return new CorrectTextCommand(d, 99, QStringLiteral("x")); });
    QTest::newRow("revert, nothing to revert") << Make([](ReviewDocument *d) { return new CorrectTextCommand(d, 3, std::nullopt); });
    QTest::newRow("role text, unknown article") << Make([](ReviewDocument *d) { return new SetRoleTextCommand(d, 9, Role::Headline, QStringLiteral("x")); });
    QTest::newRow("role text, empty for missing field") << Make([](ReviewDocument *d) { return new SetRoleTextCommand(d, 1, Role::Kicker, QString()); });
    QTest::newRow("furniture, already furniture") << Make([](ReviewDocument *d) { return new SendToFurnitureCommand(d, {8}); });
    QTest::newRow("status, unchanged") << Make([](ReviewDocument *d) { return new SetReviewStatusCommand(d, {1, 2}, ReviewStatus::Unreviewed); });
    QTest::newRow("status, unknown article") << Make([](ReviewDocument *d) { return new SetReviewStatusCommand(d, {1, 5}, ReviewStatus::Done); });
    QTest::newRow("flag, index out of range") << Make([](ReviewDocument *d) { return new ResolveFlagCommand(d, 1, 1, true); });
    QTest::newRow("flag, article without flags") << Make([](ReviewDocument *d) { return new ResolveFlagCommand(d, 2, 0, true); });
    QTest::newRow("replace all, unknown piece") << Make([](ReviewDocument *d) {
        return new ReplaceAllCommand(d, QHash<int, QString>{{3, QStringLiteral("a")}, {123, QStringLiteral("b")}});
    });
    QTest::newRow("replace all, empty") << Make([](ReviewDocument *d) { return new ReplaceAllCommand(d, {}); });
}

void TestEditCommands::obsoleteOnBadInput()
{
    QFETCH(std::function<QUndoCommand *(ReviewDocument *)>, make);
    auto doc = test::chineseDocument();
    const Segmentation before = doc->segmentation();
    QSignalSpy spy(doc.get(), &ReviewDocument::segmentationChanged);
    QUndoCommand *cmd = make(doc.get());
    QVERIFY(cmd->isObsolete());
    doc->undoStack()->push(cmd); // QUndoStack deletes an obsolete command without an undo step
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(doc->segmentation(), before);
    QVERIFY(doc->corrections().isEmpty());
    QCOMPARE(spy.count(), 0);
}

void TestEditCommands::typingStepsEndAtWordsPausesAndPhrases()
{
    TypingSteps steps;
    qint64 t = 0;
    const auto type = [&](const QString &before, const QString &after, qint64 gap = 100) {
        t += gap;
        return steps.startsStep(7, before, after, t);
    };
    QVERIFY(type(QStringLiteral("ab"), QStringLiteral("abc")));           // the first keystroke
    QVERIFY(!type(QStringLiteral("abc"), QStringLiteral("abcd")));        // the same word
    QVERIFY(!type(QStringLiteral("abcd"), QStringLiteral("abcd ")));      // the space ends it, in it
    QVERIFY(type(QStringLiteral("abcd "), QStringLiteral("abcd e")));     // a new word
    QVERIFY(type(QStringLiteral("abcd e"), QStringLiteral("abcd ef"), TypingSteps::kPauseMs + 1)); // a pause
    QVERIFY(type(QStringLiteral("abcd ef"), QStringLiteral("abcd e")));   // deleting after typing
    QVERIFY(!type(QStringLiteral("abcd e"), QStringLiteral("abcd ")));    // deleting on
    // Chinese: characters merge, punctuation closes the step, a committed phrase is a step of its own.
    steps.reset();
    QVERIFY(type(QStringLiteral("中"), QStringLiteral("中国")));
    QVERIFY(!type(QStringLiteral("中国"), QStringLiteral("中国人")));
    QVERIFY(!type(QStringLiteral("中国人"), QStringLiteral("中国人，")));
    QVERIFY(type(QStringLiteral("中国人，"), QStringLiteral("中国人，我")));
    QVERIFY(type(QStringLiteral("中国人，我"), QStringLiteral("中国人，我们的")));
    // Another piece starts a step.
    t += 100;
    QVERIFY(steps.startsStep(8, QStringLiteral("x"), QStringLiteral("xy"), t));
}

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
