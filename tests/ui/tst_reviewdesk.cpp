// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of the review desk (MainWindow) on the seed page, offscreen: every editing operation
// is driven through its action, its shortcut or the mouse, and checked in the document, the
// article tree, the raw page's highlighting and colour bands, and through undo and redo.
// The segmentation engine changes while Galley grows, so the tests find their pieces by what
// they are (role, text) rather than by expected engine output.
#include "ArticleEditor.h"
#include "ArticleTreeModel.h"
#include "ExportDialog.h"
#include "FindReplacePanel.h"
#include "MainWindow.h"
#include "PageHighlighter.h"
#include "ParagraphEditor.h"
#include "ProjectController.h"
#include "RawPageView.h"
#include "model/ReviewDocument.h"
#include "segment/ReasonText.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QInputMethodEvent>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QScrollBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoView>

#include <memory>

using namespace galley;

namespace {
/// Types text the way an input method commits CJK text (QTest::keyClicks knows ASCII only).
void typeText(QWidget *w, const QString &text)
{
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(w, &commit);
}
} // namespace

class TestReviewDesk : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsSeedPageWithTitleAndCounts();
    void highlightsOcrSuspectsAndFigures();
    void colourBandsFollowArticles();
    void selectionFollowsBothWays();
    void setRoleByShortcutUndoRedo();
    void reviewStatusAndCounts();
    void mergeAndSplitArticles();
    void newArticleFromSelectedPieces();
    void reorderPiecesWithAltArrows();
    void movePiecesByDragAndDrop();
    void moveToArticle();
    void joinAndBreakParagraph();
    void splitBlockAtCursor();
    void makeHeadlineAndSwapHeadlines();
    void editHeadlineField();
    void correctTextInBodyKeepsRawPage();
    void sendToFurniture();
    void flagNavigationShowsReason();
    void findAndReplaceAllIsOneUndoStep();
    void historyPanelListsCommands();
    void everyControlHasAnAccessibleName();
    void missingFileIsReportedNotCrashed();
    void opensDroppedFile();
    void exportOpensExportDialog();
    void largePageLoadsWithoutFreezing();
    void everyOperationHasMenuShortcutAndContextMenu();
    void followsDarkPalette();

private:
    ReviewDocument *doc() const { return m_window->document(); }
    /// The first piece with role in any article, or 0.
    int pieceWithRole(Role role) const;
    QAction *act(const char *name) const { return m_window->action(QString::fromLatin1(name)); }
    qsizetype pagePos(const QString &needle, int extra = 0) const;

    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
};

void TestReviewDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_reviewdesk"));
}

void TestReviewDesk::init()
{
    m_window = std::make_unique<MainWindow>();
    ProjectController *project = m_window->projectController();
    project->setMessageHook([](QMessageBox::Icon, const QString &, const QString &) {});
    project->setAskSaveChanges([](const QString &) { return ProjectController::SaveChoice::Discard; });
    project->setAskRecover([](const RecoveryEntry &) { return ProjectController::RecoveryChoice::Discard; });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt")));
    m_window->waitForLoaded();
    QTRY_VERIFY(doc() != nullptr);
    QVERIFY(!doc()->segmentation().articles.isEmpty());
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
}

void TestReviewDesk::cleanup()
{
    if (doc())
        doc()->undoStack()->setClean(); // nothing to ask about on close
    m_window.reset();
}

int TestReviewDesk::pieceWithRole(Role role) const
{
    for (const Article &a : doc()->segmentation().articles)
        for (const Piece &p : a.pieces)
            if (p.role == role)
                return p.id;
    return 0;
}

qsizetype TestReviewDesk::pagePos(const QString &needle, int extra) const
{
    const qsizetype i = doc()->page().text().indexOf(needle);
    return i < 0 ? -1 : i + extra;
}

void TestReviewDesk::loadsSeedPageWithTitleAndCounts()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("seed-page.txt — Galley"));
    QVERIFY(!doc()->isModified());
    const int articles = int(doc()->segmentation().articles.size());
    QCOMPARE(m_window->articleModel()->rowCount(), articles + 1); // + the furniture row
    QVERIFY(m_window->countsLabel()->text().contains(QString::number(articles)));
    QVERIFY(m_window->countsLabel()->text().contains(QStringLiteral("0 reviewed")));
    // The raw page shows the page text untouched.
    QCOMPARE(m_window->rawView()->toPlainText(), doc()->page().text());
    QVERIFY(m_window->rawView()->isReadOnly());
    // The first article is selected and shown in the editor.
    QCOMPARE(m_window->currentArticle(), doc()->segmentation().articles.first().id);
    QCOMPARE(m_window->articleEditor()->articleId(), m_window->currentArticle());
    QCOMPARE(m_window->articleEditor()->field(Role::Headline)->text(), doc()->headline(0));
}

void TestReviewDesk::highlightsOcrSuspectsAndFigures()
{
    PageHighlighter *h = m_window->rawView()->highlighter();
    h->finishNow();
    QVERIFY(h->isFinished());
    struct Case {
        QString needle;
        int offset;
        QString item;
    };
    const QList<Case> cases = {
        {QStringLiteral("打造四个千 亿"), 5, QStringLiteral("Wrap Space")},          // wrap space between Han
        {QStringLiteral("医院Ⅰ型血"), 2, QStringLiteral("Look-alike")},             // Roman numeral in a CJK word
        {QStringLiteral("近年来,赛罕区"), 3, QStringLiteral("Half-width Punctuation")}, // ASCII comma in Chinese
        {QStringLiteral("724.33亿元"), 0, QStringLiteral("Number with Unit")},
        {QStringLiteral("本报讯(记者 吕会生)"), 0, QStringLiteral("News Lead")},
        {QStringLiteral("●本报记者 杨彩霞"), 0, QStringLiteral("Byline")},
        {QStringLiteral("2006年8月"), 0, QStringLiteral("Dateline")},
    };
    for (const Case &c : cases) {
        const qsizetype pos = pagePos(c.needle, c.offset);
        QVERIFY2(pos >= 0, qPrintable(c.needle));
        QCOMPARE(h->itemNameAt(int(pos)), c.item);
    }
    // Plain Chinese text carries no suspect mark.
    QCOMPARE(h->itemNameAt(int(pagePos(QStringLiteral("赛罕区锚定"), 1))), QString());
    QVERIFY(h->themeName().size() > 0);
}

void TestReviewDesk::colourBandsFollowArticles()
{
    RawPageView *raw = m_window->rawView();
    const Segmentation &seg = doc()->segmentation();
    QVERIFY(seg.articles.size() >= 2);
    const Piece &p0 = seg.articles[0].pieces.first();
    const Piece &p1 = seg.articles[1].pieces.first();
    const QColor base = raw->palette().color(QPalette::Base);
    QVERIFY(raw->backgroundAt(p0.span.start) != base);
    QVERIFY(raw->backgroundAt(p1.span.start) != base);
    QVERIFY(raw->backgroundAt(p0.span.start) != raw->backgroundAt(p1.span.start));
    // Pieces of one article share its colour (the selected piece is drawn stronger).
    m_window->selectPiece(p1.id);
    if (seg.articles[0].pieces.size() > 1)
        QCOMPARE(raw->backgroundAt(seg.articles[0].pieces[1].span.start), raw->backgroundAt(p0.span.start));
    // What is painted is what backgroundAt() says: sample the viewport just left of the text.
    m_window->selectPiece(p0.id);
    QCoreApplication::processEvents();
    const QImage shot = raw->viewport()->grab().toImage();
    const QRect r = raw->rectForPosition(p0.span.start + 1);
    const QColor painted = shot.pixelColor(r.left() + 1, r.bottom() - 1);
    const QColor wanted = raw->backgroundAt(p0.span.start);
    QVERIFY2(std::abs(painted.hue() - wanted.hue()) <= 12 || painted == wanted,
             qPrintable(painted.name() + QLatin1Char(' ') + wanted.name()));
}

void TestReviewDesk::selectionFollowsBothWays()
{
    RawPageView *raw = m_window->rawView();
    const Segmentation &seg = doc()->segmentation();
    const Article &last = seg.articles.last();
    const Piece &target = last.pieces.last();
    // Right → left: choosing a piece in the tree highlights and scrolls to it on the raw page.
    m_window->selectPiece(target.id);
    QCOMPARE(raw->currentPiece(), target.id);
    QTRY_VERIFY(raw->viewport()->rect().contains(raw->rectForPosition(target.span.start).center()));
    QCOMPARE(m_window->articleEditor()->articleId(), last.id);
    // A piece in the middle of the page, out of view, comes into the middle of the view with the
    // text around it, not against the view's edge; selecting it again does not move the page.
    const qsizetype middle = doc()->page().text().size() / 2;
    const Piece *mid = nullptr;
    for (const Article &a : seg.articles)
        for (const Piece &p : a.pieces)
            if (!mid || std::abs(p.span.start - middle) < std::abs(mid->span.start - middle))
                mid = &p;
    QVERIFY(mid && mid->span.start > 0);
    raw->verticalScrollBar()->setValue(0);
    m_window->selectPiece(mid->id);
    QTRY_COMPARE(raw->currentPiece(), mid->id);
    const QRect top = raw->rectForPosition(mid->span.start), bottom = raw->rectForPosition(mid->span.end);
    const int viewHeight = raw->viewport()->height();
    QVERIFY2(top.top() >= 0 && bottom.bottom() <= viewHeight, "the whole piece is shown");
    const int above = top.top(), below = viewHeight - bottom.bottom();
    QVERIFY2(std::abs(above - below) <= 2 * top.height() + 2,
             qPrintable(QStringLiteral("piece at %1..%2 of %3 px").arg(top.top()).arg(bottom.bottom()).arg(viewHeight)));
    const int scrolled = raw->verticalScrollBar()->value();
    raw->setCurrentPiece(mid->id, true);
    QCOMPARE(raw->verticalScrollBar()->value(), scrolled);
    // Left → right: a click on the raw page selects its piece and article.
    const Piece &first = seg.articles.first().pieces.first();
    raw->setCurrentPiece(first.id, true);
    QCoreApplication::processEvents();
    const QPoint at = raw->rectForPosition(first.span.start + 1).center();
    QTest::mouseClick(raw->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_window->currentPiece(), first.id);
    QCOMPARE(ArticleTreeModel::pieceId(m_window->articleTree()->currentIndex()), first.id);
    QCOMPARE(m_window->currentArticle(), seg.articles.first().id);
}

void TestReviewDesk::setRoleByShortcutUndoRedo()
{
    const int id = doc()->segmentation().articles.first().pieces.last().id;
    const Role before = doc()->segmentation().piece(id)->role;
    const Role wanted = before == Role::Caption ? Role::Note : Role::Caption;
    m_window->selectPiece(id);
    m_window->articleTree()->setFocus();
    // Ctrl+7 is Caption, Ctrl+Alt+2 is Note (see MainWindow::createActions).
    if (wanted == Role::Caption)
        QTest::keyClick(m_window->articleTree(), Qt::Key_7, Qt::ControlModifier);
    else
        QTest::keyClick(m_window->articleTree(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(doc()->segmentation().piece(id)->role, wanted);
    QCOMPARE(m_window->articleModel()->indexForPiece(id).data(ArticleTreeModel::RoleNameRole).toString(), roleName(wanted));
    QVERIFY(doc()->isModified());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("seed-page.txt* — Galley"));
    QTest::keyClick(m_window->articleTree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc()->segmentation().piece(id)->role, before);
    QTest::keyClick(m_window->articleTree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().piece(id)->role, wanted);
    // The gutter and the tree follow the document after the model reset.
    QCOMPARE(m_window->currentPiece(), id);
}

void TestReviewDesk::reviewStatusAndCounts()
{
    const int a = doc()->segmentation().articles.first().id;
    m_window->selectArticle(a);
    act("statusDone")->trigger();
    QCOMPARE(doc()->segmentation().articles.first().status, ReviewStatus::Done);
    QVERIFY(m_window->countsLabel()->text().contains(QStringLiteral("1 reviewed")));
    // The first article of the seed page still has open flags: marking it done says so.
    const int open = doc()->segmentation().articles.first().openFlagCount();
    QVERIFY(open > 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("%1 open flag").arg(open)),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(m_window->articleModel()->indexForArticle(a, ArticleTreeModel::StatusColumn).data().toString(),
             reviewStatusDisplayName(ReviewStatus::Done));
    QCOMPARE(m_window->articleEditor()->statusBox()->currentData().toInt(), int(ReviewStatus::Done));
    // The editor's status box is an undoable edit too.
    QComboBox *box = m_window->articleEditor()->statusBox();
    box->setCurrentIndex(box->findData(int(ReviewStatus::InReview)));
    emit box->activated(box->currentIndex());
    QCOMPARE(doc()->segmentation().articles.first().status, ReviewStatus::InReview);
    act("editUndo")->trigger();
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation().articles.first().status, ReviewStatus::Unreviewed);
    QVERIFY(m_window->countsLabel()->text().contains(QStringLiteral("0 reviewed")));
}

void TestReviewDesk::mergeAndSplitArticles()
{
    const Segmentation before = doc()->segmentation();
    QVERIFY(before.articles.size() >= 2);
    const int a = before.articles[0].id, b = before.articles[1].id;
    QTreeView *tree = m_window->articleTree();
    tree->selectionModel()->select(m_window->articleModel()->indexForArticle(a), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->selectionModel()->select(m_window->articleModel()->indexForArticle(b), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().articles.size(), before.articles.size() - 1);
    QCOMPARE(doc()->segmentation().articles[0].pieces.size(), before.articles[0].pieces.size() + before.articles[1].pieces.size());
    QCOMPARE(m_window->articleModel()->rowCount(), int(before.articles.size())); // one fewer article + furniture
    // Split the merged article again before the first piece that came from b.
    const int firstOfB = before.articles[1].pieces.first().id;
    m_window->selectPiece(firstOfB);
    act("articleSplit")->trigger();
    QCOMPARE(doc()->segmentation().articles.size(), before.articles.size());
    QCOMPARE(doc()->segmentation().articles[1].pieces.first().id, firstOfB);
    act("editUndo")->trigger();
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::newArticleFromSelectedPieces()
{
    const Segmentation before = doc()->segmentation();
    const Article &first = before.articles.first();
    QVERIFY(first.pieces.size() >= 3);
    const int id = first.pieces.last().id;
    // Select the piece's text on the raw page: the pieces a selection touches are the selection.
    RawPageView *raw = m_window->rawView();
    const Piece *p = before.piece(id);
    QTextCursor c(raw->document());
    c.setPosition(int(p->span.start));
    c.setPosition(int(p->span.end), QTextCursor::KeepAnchor);
    raw->setTextCursor(c);
    raw->setFocus();
    QCOMPARE(m_window->selectedPieces(), QList<int>{id});
    QTest::keyClick(raw, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().articles.size(), before.articles.size() + 1);
    const auto [a, i] = doc()->segmentation().locatePiece(id);
    QVERIFY(a >= 0);
    QCOMPARE(doc()->segmentation().articles[a].pieces.size(), 1);
    QVERIFY(raw->backgroundAt(p->span.start) != raw->backgroundAt(first.pieces.first().span.start));
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::reorderPiecesWithAltArrows()
{
    const Article &first = doc()->segmentation().articles.first();
    QVERIFY(first.pieces.size() >= 3);
    const int id = first.pieces[2].id;
    const int prev = first.pieces[1].id;
    m_window->selectPiece(id);
    m_window->articleTree()->setFocus();
    QTest::keyClick(m_window->articleTree(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(doc()->segmentation().articles.first().pieces[1].id, id);
    QCOMPARE(doc()->segmentation().articles.first().pieces[2].id, prev);
    QCOMPARE(ArticleTreeModel::pieceId(m_window->articleTree()->currentIndex()), id);
    QCOMPARE(m_window->articleTree()->currentIndex().row(), 1);
    QTest::keyClick(m_window->articleTree(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(doc()->segmentation().articles.first().pieces[2].id, id);
    act("editUndo")->trigger();
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation().articles.first().pieces[2].id, id);
    QCOMPARE(doc()->undoStack()->index(), 0);
}

void TestReviewDesk::movePiecesByDragAndDrop()
{
    const Segmentation before = doc()->segmentation();
    const int id = before.articles[0].pieces.last().id;
    const int target = before.articles[1].id;
    ArticleTreeModel *model = m_window->articleModel();
    const QModelIndex source = model->indexForPiece(id);
    std::unique_ptr<QMimeData> data(model->mimeData({source}));
    QVERIFY(data);
    const QModelIndex targetRow = model->indexForArticle(target);
    QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, targetRow));
    QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, targetRow));
    QTRY_COMPARE(doc()->segmentation().articles[1].pieces.first().id, id);
    QCOMPARE(model->indexForPiece(id).parent().row(), 1);
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::moveToArticle()
{
    const Segmentation before = doc()->segmentation();
    const int id = before.articles[0].pieces.last().id;
    m_window->selectPiece(id);
    m_window->moveSelectedPiecesTo(before.articles.last().id);
    QCOMPARE(doc()->segmentation().articles.last().pieces.last().id, id);
    QCOMPARE(m_window->currentPiece(), id);
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::joinAndBreakParagraph()
{
    // A body piece after another body piece.
    int id = 0;
    for (const Article &a : doc()->segmentation().articles)
        for (int i = 1; i < a.pieces.size() && !id; ++i)
            if (isBodyRole(a.pieces[i].role) && isBodyRole(a.pieces[i - 1].role))
                id = a.pieces[i].id;
    QVERIFY(id);
    const bool was = doc()->segmentation().piece(id)->continuesParagraph;
    m_window->selectPiece(id);
    m_window->articleTree()->setFocus();
    QTest::keyClick(m_window->articleTree(), Qt::Key_J, was ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
    QCOMPARE(doc()->segmentation().piece(id)->continuesParagraph, !was);
    // The editor's paragraphs follow: the piece is (not) its own paragraph any more.
    const int a = doc()->segmentation().locatePiece(id).first;
    const QStringList paragraphs = doc()->paragraphs(a);
    QCOMPARE(paragraphs.contains(doc()->pieceText(id)), was);
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation().piece(id)->continuesParagraph, was);
    // In the body editor: Backspace at a piece's start joins, Return there breaks.
    m_window->selectPiece(id);
    ParagraphEditor *body = m_window->articleEditor()->body();
    QVERIFY(body->moveToPiece(id));
    body->setFocus();
    QTest::keyClick(body, was ? Qt::Key_Return : Qt::Key_Backspace);
    QCOMPARE(doc()->segmentation().piece(id)->continuesParagraph, !was);
    QCOMPARE(doc()->page().text(), m_window->rawView()->toPlainText());
}

void TestReviewDesk::splitBlockAtCursor()
{
    const Segmentation before = doc()->segmentation();
    const Piece &p = before.articles[0].pieces.last();
    QVERIFY(p.span.length() > 10);
    RawPageView *raw = m_window->rawView();
    const qsizetype cut = p.span.start + p.span.length() / 2;
    QTextCursor c(raw->document());
    c.setPosition(int(cut));
    raw->setTextCursor(c);
    raw->setFocus();
    QTest::keyClick(raw, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().articles[0].pieces.size(), before.articles[0].pieces.size() + 1);
    const Piece *left = doc()->segmentation().piece(p.id);
    QVERIFY(left->span.end <= cut);
    QVERIFY(raw->pieceMap().at(cut + 1) != nullptr);
    QVERIFY(raw->pieceMap().at(cut + 1)->pieceId != p.id);
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::makeHeadlineAndSwapHeadlines()
{
    const Segmentation before = doc()->segmentation();
    // Make a body piece of the second article its headline.
    const Article &second = before.articles[1];
    int bodyId = 0;
    for (const Piece &p : second.pieces)
        if (isBodyRole(p.role) && !bodyId)
            bodyId = p.id;
    QVERIFY(bodyId);
    m_window->selectPiece(bodyId);
    m_window->articleTree()->setFocus();
    QTest::keyClick(m_window->articleTree(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().piece(bodyId)->role, Role::Headline);
    QCOMPARE(m_window->articleEditor()->field(Role::Headline)->text(), doc()->pieceText(bodyId));
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);
    // Swap the headlines of the first two articles.
    const QString h0 = doc()->headline(0), h1 = doc()->headline(1);
    QTreeView *tree = m_window->articleTree();
    tree->selectionModel()->select(m_window->articleModel()->indexForArticle(before.articles[0].id), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    tree->selectionModel()->select(m_window->articleModel()->indexForArticle(before.articles[1].id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    act("articleSwapHeadlines")->trigger();
    if (!h0.isEmpty() || !h1.isEmpty()) {
        QCOMPARE(doc()->headline(0), h1);
        QCOMPARE(doc()->headline(1), h0);
        act("editUndo")->trigger();
    }
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::editHeadlineField()
{
    const int a = doc()->segmentation().articles.first().id;
    m_window->selectArticle(a);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QLineEdit *headline = m_window->articleEditor()->field(Role::Headline);
    QVERIFY(headline->hasFocus());
    const QString old = doc()->headline(0);
    typeText(headline, QStringLiteral("赛罕区：产业升级添动能"));
    QTest::keyClick(headline, Qt::Key_Return);
    QCOMPARE(doc()->headline(0), QStringLiteral("赛罕区：产业升级添动能"));
    QCOMPARE(m_window->articleModel()->indexForArticle(a).data().toString(), QStringLiteral("1. 赛罕区：产业升级添动能"));
    // The raw page is untouched; the correction shows as a mark there.
    QCOMPARE(m_window->rawView()->toPlainText(), doc()->page().text());
    act("editUndo")->trigger();
    QCOMPARE(doc()->headline(0), old);
    QCOMPARE(headline->text(), old);
}

void TestReviewDesk::correctTextInBodyKeepsRawPage()
{
    const Article &first = doc()->segmentation().articles.first();
    int id = 0;
    for (const Piece &p : first.pieces)
        if (isBodyRole(p.role) && !id)
            id = p.id;
    QVERIFY(id);
    m_window->selectPiece(id);
    QTest::keyClick(m_window->articleTree(), Qt::Key_F2);
    ParagraphEditor *body = m_window->articleEditor()->body();
    QVERIFY(body->hasFocus());
    QCOMPARE(body->pieceAtCursor(), id);
    const QString before = doc()->pieceText(id);
    const int undoBefore = doc()->undoStack()->count();
    typeText(body, QStringLiteral("【更"));
    typeText(body, QStringLiteral("正】"));
    QCOMPARE(doc()->pieceText(id), QStringLiteral("【更正】") + before);
    QVERIFY(doc()->hasCorrection(id));
    // Each phrase committed at once (as an input method commits it) is an undo step (TypingSteps).
    QCOMPARE(doc()->undoStack()->count(), undoBefore + 2);
    QCOMPARE(m_window->rawView()->toPlainText(), doc()->page().text());
    QVERIFY(!m_window->articleModel()->indexForPiece(id, ArticleTreeModel::StatusColumn).data(Qt::DecorationRole).isNull());
    // Ctrl+Z from inside the body editor undoes the document's steps.
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc()->pieceText(id), QStringLiteral("【更") + before);
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc()->pieceText(id), before);
    QVERIFY(!doc()->hasCorrection(id));
    QCOMPARE(body->document()->findBlockByNumber(0).text().isEmpty(), false);
    QVERIFY(body->toPlainText().contains(before));
}

void TestReviewDesk::sendToFurniture()
{
    const Segmentation before = doc()->segmentation();
    const int id = before.articles[0].pieces.last().id;
    m_window->selectPiece(id);
    m_window->articleTree()->setFocus();
    QTest::keyClick(m_window->articleTree(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().locatePiece(id).first, -1);
    const QModelIndex furniture = m_window->articleModel()->index(m_window->articleModel()->furnitureRow(), 0);
    bool found = false;
    for (int r = 0; r < m_window->articleModel()->rowCount(furniture); ++r)
        found |= ArticleTreeModel::pieceId(m_window->articleModel()->index(r, 0, furniture)) == id;
    QVERIFY(found);
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::flagNavigationShowsReason()
{
    if (doc()->segmentation().openFlagCount() == 0)
        QSKIP("the engine flagged nothing on this page");
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    const int first = m_window->currentPiece();
    QVERIFY(first);
    QVERIFY(!m_window->currentFlagReason().isEmpty());
    QCOMPARE(m_window->rawView()->currentPiece(), first);
    bool flagged = false;
    for (const Article &a : doc()->segmentation().articles)
        for (const Flag &f : a.flags)
            flagged |= f.pieceId == first && reasonDisplay(f.reason) == m_window->currentFlagReason();
    QVERIFY(flagged);
    QTest::keyClick(m_window.get(), Qt::Key_F8);
    QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
    QCOMPARE(m_window->currentPiece(), first);
    // Resolving the flag lowers the count in the status bar.
    const int open = doc()->segmentation().openFlagCount();
    act("flagResolve")->trigger();
    QCOMPARE(doc()->segmentation().openFlagCount(), open - 1);
    QVERIFY(m_window->countsLabel()->text().contains(QString::number(open - 1)));
}

void TestReviewDesk::findAndReplaceAllIsOneUndoStep()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    FindReplacePanel *find = m_window->findPanel();
    QVERIFY(find->findEdit()->hasFocus());
    typeText(find->findEdit(), QStringLiteral("赛罕区"));
    find->replaceEdit()->setText(QStringLiteral("赛罕区（呼和浩特）"));
    find->updatePreview();
    const int matches = find->preview()->topLevelItemCount();
    QVERIFY(matches >= 3);
    QVERIFY(find->preview()->topLevelItem(0)->text(2).contains(QStringLiteral("[赛罕区（呼和浩特）]")));
    // Scope: the current article finds no more than the page.
    find->scopeBox()->setCurrentIndex(find->scopeBox()->findData(int(SearchOptions::Scope::Article)));
    find->updatePreview();
    QVERIFY(find->preview()->topLevelItemCount() <= matches);
    find->scopeBox()->setCurrentIndex(find->scopeBox()->findData(int(SearchOptions::Scope::Page)));
    find->updatePreview();
    const int steps = doc()->undoStack()->count();
    QTest::mouseClick(find->replaceAllButton(), Qt::LeftButton);
    QCOMPARE(doc()->undoStack()->count(), steps + 1);
    QVERIFY(doc()->headline(0).contains(QStringLiteral("赛罕区（呼和浩特）")));
    QCOMPARE(m_window->rawView()->toPlainText(), doc()->page().text());
    act("editUndo")->trigger();
    QVERIFY(!doc()->headline(0).contains(QStringLiteral("呼和浩特）")));
    QVERIFY(doc()->corrections().isEmpty());
    // A regular expression with a group.
    find->regexBox()->setChecked(true);
    find->findEdit()->setText(QStringLiteral("(\\d+)亿元"));
    find->replaceEdit()->setText(QStringLiteral("\\1 亿元"));
    find->updatePreview();
    QVERIFY(find->preview()->topLevelItemCount() >= 1);
    QVERIFY(find->preview()->topLevelItem(0)->text(2).contains(QStringLiteral(" 亿元]")));
}

void TestReviewDesk::historyPanelListsCommands()
{
    const int id = doc()->segmentation().articles.first().pieces.last().id;
    m_window->selectPiece(id);
    act("statusDone")->trigger();
    act("role-note")->trigger();
    QUndoView *history = m_window->historyView();
    QCOMPARE(history->model()->rowCount(), 3); // the empty state + two commands
    QCOMPARE(doc()->segmentation().piece(id)->role, Role::Note);
    // Clicking the first row of the history goes back to the page as segmented.
    history->setCurrentIndex(history->model()->index(0, 0));
    QCOMPARE(doc()->undoStack()->index(), 0);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("seed-page.txt — Galley"));
}

void TestReviewDesk::everyControlHasAnAccessibleName()
{
    QStringList missing;
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(m_window.get()) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty())
            continue;
        if (!w->accessibleName().isEmpty())
            continue;
        if (w->parentWidget() && !w->parentWidget()->accessibleName().isEmpty()
            && (w->parentWidget()->inherits("QAbstractScrollArea") || w->parentWidget()->inherits("QComboBox")))
            continue; // viewports and line edits inside combo boxes speak for their owner
        missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') + w->objectName();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestReviewDesk::missingFileIsReportedNotCrashed()
{
    const Segmentation before = doc()->segmentation();
    QVERIFY(!m_window->openFile(QStringLiteral("/nonexistent/page.txt")));
    QCOMPARE(doc()->segmentation(), before);
}

void TestReviewDesk::opensDroppedFile()
{
    // A page dropped on the window replaces the one open (after import off the GUI thread).
    const QString path = QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("dropped-page.txt"));
    QVERIFY(QFile::copy(path, copy));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(copy)});
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    m_window->waitForLoaded();
    QTRY_COMPARE(m_window->windowTitle(), QStringLiteral("dropped-page.txt — Galley"));
    QCOMPARE(QFileInfo(doc()->page().sourcePath()).fileName(), QStringLiteral("dropped-page.txt"));
}

void TestReviewDesk::exportOpensExportDialog()
{
    act("fileExport")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TestReviewDesk::largePageLoadsWithoutFreezing()
{
    // About 20 copies of the seed page: import and segmentation take a while, in the background.
    QFile in(QStringLiteral(GALLEY_TEST_DATA "/seed-page.txt"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray page = in.readAll() + "\n\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large-page.txt"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20; ++i)
        out.write(page);
    out.close();
    ReviewDocument *old = doc();
    QVERIFY(m_window->openFile(path));
    // openFile() came back before the page was segmented: the old page is still shown, the event
    // loop runs, and the status bar shows progress.
    QVERIFY(m_window->isLoading());
    QCOMPARE(doc(), old);
    QVERIFY(m_window->progressBar()->isVisible());
    bool ticked = false;
    QTimer::singleShot(0, this, [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked);
    m_window->waitForLoaded();
    QTRY_VERIFY(doc() != old);
    QCOMPARE(QFileInfo(doc()->page().sourcePath()).fileName(), QStringLiteral("large-page.txt"));
    QCOMPARE(m_window->rawView()->toPlainText(), doc()->page().text());
    // The rest of the page is highlighted in time slices; the table rows are table cells.
    PageHighlighter *h = m_window->rawView()->highlighter();
    h->finishNow();
    const qsizetype cell = doc()->page().text().lastIndexOf(QStringLiteral("庞莉\t"));
    QVERIFY(cell > 0);
    QCOMPARE(h->itemNameAt(int(cell)), QStringLiteral("Table Cell"));
    QCOMPARE(h->itemNameAt(int(cell + 2)), QStringLiteral("Table Separator"));
    QTRY_VERIFY(!m_window->progressBar()->isVisible());
}

void TestReviewDesk::everyOperationHasMenuShortcutAndContextMenu()
{
    const QStringList pieceOps = {"articleNew", "articleSplit", "pieceMoveTo", "pieceUp", "pieceDown", "paragraphJoin",
                                  "paragraphBreak", "blockSplit", "pieceMakeHeadline", "pieceCorrect", "pieceRevert",
                                  "pieceFurniture", "flagResolve"};
    const QStringList articleOps = {"articleMerge", "articleSwapHeadlines", "articleEditHeadline", "statusUnreviewed",
                                    "statusInReview", "statusDone"};
    auto inMenus = [this](QAction *a) {
        for (QMenu *m : m_window->menuBar()->findChildren<QMenu *>())
            if (m->actions().contains(a))
                return true;
        return false;
    };
    const QModelIndex pieceRow = m_window->articleModel()->indexForPiece(doc()->segmentation().articles[0].pieces[1].id);
    const QModelIndex articleRow = m_window->articleModel()->indexForArticle(doc()->segmentation().articles[0].id);
    std::unique_ptr<QMenu> pieceMenu(m_window->createTreeContextMenu(pieceRow));
    std::unique_ptr<QMenu> articleMenu(m_window->createTreeContextMenu(articleRow));
    std::unique_ptr<QMenu> rawMenu(m_window->createRawContextMenu());
    for (const QString &n : pieceOps + articleOps) {
        QAction *a = m_window->action(n);
        QVERIFY2(a, qPrintable(n));
        QVERIFY2(!a->shortcut().isEmpty(), qPrintable(n));
        QVERIFY2(inMenus(a), qPrintable(n));
        QMenu *context = pieceOps.contains(n) ? pieceMenu.get() : articleMenu.get();
        QVERIFY2(context->actions().contains(a), qPrintable(n));
    }
    for (const char *n : {"articleNew", "blockSplit", "pieceCorrect", "pieceFurniture"})
        QVERIFY(rawMenu->actions().contains(act(n)));
    // Roles: one action each, in the Set Role submenu of the context menus.
    for (Role r : allRoles()) {
        if (r == Role::Furniture)
            continue;
        QAction *a = m_window->action(QStringLiteral("role-") + roleName(r));
        QVERIFY(a && !a->shortcut().isEmpty() && inMenus(a));
    }
    // Standard shortcuts where the platform has one.
    QCOMPARE(act("editUndo")->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(act("fileOpen")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(act("editFind")->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(act("flagNext")->shortcut(), QKeySequence(Qt::Key_F8));
}

void TestReviewDesk::followsDarkPalette()
{
    RawPageView *raw = m_window->rawView();
    const QString light = raw->highlighter()->themeName();
    const QColor lightTint = raw->backgroundAt(doc()->segmentation().articles[1].pieces.first().span.start);
    QPalette dark = raw->palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 34));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Window, QColor(40, 40, 44));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    raw->setPalette(dark);
    QTRY_VERIFY(raw->highlighter()->themeName() != light);
    const QColor darkTint = raw->backgroundAt(doc()->segmentation().articles[1].pieces.first().span.start);
    QVERIFY(darkTint.lightness() < lightTint.lightness());
    raw->highlighter()->finishNow();
    QCOMPARE(raw->highlighter()->itemNameAt(int(pagePos(QStringLiteral("医院Ⅰ型血"), 2))), QStringLiteral("Look-alike"));
}

QTEST_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
