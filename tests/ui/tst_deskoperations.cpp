// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GUI tests of the desk operations of issue 9 on the seed page, offscreen, driven by keyboard and
// actions: flags that stay current and "resolve all flags of an article", whole-article actions
// (delete, send to furniture, order by page position, selection after merge), keyboard-only cut and
// paste of pieces on the article tree, standard shortcuts, and splitting in the body editor.
#include "ArticleEditor.h"
#include "ArticleTreeModel.h"
#include "CorrectionsPanel.h"
#include "MainWindow.h"
#include "ParagraphEditor.h"
#include "edit/TypingSteps.h"
#include "ProjectController.h"
#include "RawPageView.h"
#include "model/ReviewDocument.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>

#include <memory>

using namespace galley;

class TestDeskOperations : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnlyCutAndPastePieces();
    void typingUndoesWordByWordAndSelectsWhatChanged();
    void pasteOnArticleRowAppends();
    void sendToFurnitureOnArticleRowSendsWholeArticle();
    void deleteArticleSelectsNext();
    void mergeKeepsSelectionOnMergedArticle();
    void orderPiecesByPagePosition();
    void flagsStayCurrentAndF8SkipsFixed();
    void resolveAllFlagsOfArticle();
    void standardShortcuts();
    void enterInsideParagraphSplitsIt();
    void splitAtCursorFollowsFocusedEditor();
    void correctionsListRevertsOne();

private:
    ReviewDocument *doc() const { return m_window->document(); }
    QAction *act(const char *name) const { return m_window->action(QString::fromLatin1(name)); }
    QTreeView *tree() const { return m_window->articleTree(); }
    /// Moves the tree's current row to index with the keyboard's way of selecting (one row).
    void focusRow(const QModelIndex &index);
    int firstBodyPiece(int articleIndex) const;

    QTemporaryDir m_home;
    std::unique_ptr<MainWindow> m_window;
};

void TestDeskOperations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GalleyTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deskoperations"));
}

void TestDeskOperations::init()
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
    QVERIFY(doc()->segmentation().articles.size() >= 4);
    m_window->activateWindow();
    QApplication::setActiveWindow(m_window.get());
}

void TestDeskOperations::cleanup()
{
    if (doc())
        doc()->undoStack()->setClean();
    m_window.reset();
}

void TestDeskOperations::focusRow(const QModelIndex &index)
{
    tree()->setFocus();
    tree()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(tree()->hasFocus());
}

int TestDeskOperations::firstBodyPiece(int articleIndex) const
{
    for (const Piece &p : doc()->segmentation().articles[articleIndex].pieces)
        if (p.role == Role::Body)
            return p.id;
    return 0;
}

void TestDeskOperations::keyboardOnlyCutAndPastePieces()
{
    // Two pieces of article 0 (selected with Shift+Down), cut with Ctrl+X, pasted with Ctrl+V
    // after the second piece of article 2: no mouse anywhere.
    const Segmentation before = doc()->segmentation();
    const Article &from = before.articles[0];
    const Article &to = before.articles[2];
    QVERIFY(from.pieces.size() >= 4 && to.pieces.size() >= 2);
    const int p1 = from.pieces[2].id, p2 = from.pieces[3].id;
    m_window->selectPiece(p1);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedPieces(), (QList<int>{p1, p2}));
    QTest::keyClick(tree(), Qt::Key_X, Qt::ControlModifier);
    QCOMPARE(doc()->segmentation(), before); // a cut alone changes nothing
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("2 piece(s) cut")));

    // Walk to the target with the keyboard: Down from the anchor row until the current row is
    // the second piece of article 2.
    const int anchor = to.pieces[1].id;
    for (int guard = 0; guard < 500 && ArticleTreeModel::pieceId(tree()->currentIndex()) != anchor; ++guard)
        QTest::keyClick(tree(), Qt::Key_Down);
    QCOMPARE(ArticleTreeModel::pieceId(tree()->currentIndex()), anchor);
    QTest::keyClick(tree(), Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(doc()->undoStack()->count(), 1); // one operation
    const int t = doc()->segmentation().indexOfArticle(to.id);
    const QList<Piece> &pieces = doc()->segmentation().articles[t].pieces;
    QCOMPARE(pieces[1].id, anchor);
    QCOMPARE(pieces[2].id, p1);
    QCOMPARE(pieces[3].id, p2);
    QCOMPARE(doc()->segmentation().articles[doc()->segmentation().indexOfArticle(from.id)].indexOfPiece(p1), -1);
    QCOMPARE(m_window->currentPiece(), p1); // the selection follows the pasted pieces
    // A second paste has nothing to paste.
    QTest::keyClick(tree(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QTest::keyClick(tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(doc()->segmentation(), before);
}

void TestDeskOperations::pasteOnArticleRowAppends()
{
    const Segmentation before = doc()->segmentation();
    const int piece = before.articles[0].pieces.last().id;
    m_window->selectPiece(piece);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_X, Qt::ControlModifier);
    focusRow(m_window->articleModel()->indexForArticle(before.articles[1].id));
    QTest::keyClick(tree(), Qt::Key_V, Qt::ControlModifier);
    const int a = doc()->segmentation().indexOfArticle(before.articles[1].id);
    QCOMPARE(doc()->segmentation().articles[a].pieces.last().id, piece);
    // In a text field Ctrl+V stays the field's own paste: no piece moves.
    m_window->selectPiece(piece);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_X, Qt::ControlModifier);
    QLineEdit *headline = m_window->articleEditor()->field(Role::Headline);
    QVERIFY(headline);
    headline->setFocus();
    const Segmentation mid = doc()->segmentation();
    QTest::keyClick(headline, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(doc()->segmentation(), mid);
}

void TestDeskOperations::sendToFurnitureOnArticleRowSendsWholeArticle()
{
    const Segmentation before = doc()->segmentation();
    const Article victim = before.articles[1];
    focusRow(m_window->articleModel()->indexForArticle(victim.id));
    QTest::keyClick(tree(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QCOMPARE(doc()->segmentation().indexOfArticle(victim.id), -1);
    for (const Piece &p : victim.pieces)
        QCOMPARE(doc()->segmentation().locatePiece(p.id).first, -1);
    // The selection moves on to the next article.
    QCOMPARE(m_window->currentArticle(), before.articles[2].id);
    QCOMPARE(ArticleTreeModel::articleId(tree()->currentIndex()), before.articles[2].id);
    QVERIFY(m_window->countsLabel()->text().contains(QString::number(before.articles.size() - 1)));
    act("editUndo")->trigger();
    QCOMPARE(doc()->segmentation(), before);

    // On a piece row: just that piece, and the selection moves on to the piece after it.
    const Article &art = before.articles[0];
    m_window->selectPiece(art.pieces[1].id);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().locatePiece(art.pieces[1].id).first, -1);
    QCOMPARE(m_window->currentPiece(), art.pieces[2].id);
}

void TestDeskOperations::deleteArticleSelectsNext()
{
    const Segmentation before = doc()->segmentation();
    const int n = int(before.articles.size());
    focusRow(m_window->articleModel()->indexForArticle(before.articles[n - 1].id));
    QTest::keyClick(tree(), Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(doc()->segmentation().articles.size(), n - 1);
    QCOMPARE(m_window->currentArticle(), before.articles[n - 2].id); // the last one: the one before
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Delete 1 article(s) (pieces to page furniture)"));
    std::unique_ptr<QMenu> menu(m_window->createTreeContextMenu(m_window->articleModel()->indexForArticle(before.articles[0].id)));
    QVERIFY(menu->actions().contains(act("articleDelete")));
    QVERIFY(menu->actions().contains(act("pieceFurniture")));
}

void TestDeskOperations::mergeKeepsSelectionOnMergedArticle()
{
    const Segmentation before = doc()->segmentation();
    const int a = before.articles[2].id, b = before.articles[3].id;
    // Select the later one first, then the earlier one with Ctrl: the result is the earlier one.
    focusRow(m_window->articleModel()->indexForArticle(b));
    tree()->selectionModel()->select(m_window->articleModel()->indexForArticle(a),
                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::keyClick(tree(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->segmentation().articles.size(), before.articles.size() - 1);
    QCOMPARE(m_window->currentArticle(), a);
    QCOMPARE(ArticleTreeModel::articleId(tree()->currentIndex()), a);
    QCOMPARE(ArticleTreeModel::pieceId(tree()->currentIndex()), 0);
}

void TestDeskOperations::orderPiecesByPagePosition()
{
    const Segmentation before = doc()->segmentation();
    const Article &art = before.articles[0];
    QVERIFY(art.pieces.size() >= 3);
    // Scramble with Alt+Down twice (two operations) …
    m_window->selectPiece(art.pieces[0].id);
    tree()->setFocus();
    QTest::keyClick(tree(), Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(tree(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(doc()->undoStack()->count(), 2);
    // … and order the article (its row selected) by page position: one operation.
    focusRow(m_window->articleModel()->indexForArticle(art.id));
    QTest::keyClick(tree(), Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(doc()->undoStack()->count(), 3);
    const QList<Piece> &now = doc()->segmentation().articles[0].pieces;
    for (int i = 1; i < now.size(); ++i)
        QVERIFY(now[i - 1].block < 0 || now[i].span.start >= now[i - 1].span.start);
}

void TestDeskOperations::flagsStayCurrentAndF8SkipsFixed()
{
    // An open-end flag: finish its sentence in the body editor and the flag goes (count, tree,
    // F8); undo brings it back.
    int article = -1, piece = 0;
    for (int a = 0; a < doc()->segmentation().articles.size() && !piece; ++a)
        for (const Flag &f : doc()->segmentation().articles[a].flags)
            if (f.kind == QLatin1String("open-end") && f.isOpen() && !piece) {
                article = a;
                piece = f.pieceId;
            }
    if (!piece)
        QSKIP("no open-end flag on the seed page");
    const int open = doc()->segmentation().openFlagCount();
    const QModelIndex row = m_window->articleModel()->indexForArticle(doc()->segmentation().articles[article].id,
                                                                      ArticleTreeModel::FlagColumn);
    const int openHere = row.data().toInt();
    m_window->selectPiece(piece);
    QTest::keyClick(tree(), Qt::Key_F2); // into the body editor at the piece
    ParagraphEditor *body = m_window->articleEditor()->body();
    QVERIFY(body->hasFocus());
    QTextCursor c = body->textCursor();
    c.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(c);
    QTest::keyClicks(body, QStringLiteral("."));
    QCOMPARE(doc()->segmentation().openFlagCount(), open - 1);
    QVERIFY(m_window->countsLabel()->text().contains(QStringLiteral("%1 open flag").arg(open - 1)));
    QCOMPARE(m_window->articleModel()->indexForArticle(doc()->segmentation().articles[article].id,
                                                      ArticleTreeModel::FlagColumn).data().toInt(), openHere - 1);
    // F8 never stops at it now.
    for (int k = 0; k < open + 1; ++k) {
        act("flagNext")->trigger();
        QVERIFY(m_window->currentPiece() != piece || !m_window->currentFlagReason().contains(QStringLiteral("mid-sentence")));
    }
    doc()->undoStack()->undo();
    QCOMPARE(doc()->segmentation().openFlagCount(), open);
}

void TestDeskOperations::typingUndoesWordByWordAndSelectsWhatChanged()
{
    // Issue 9 item 4: keystrokes merge into one undo step per word, and a pause starts a new one;
    // an undo or redo selects the text it changed in the body editor.
    int piece = 0;
    for (const Article &a : doc()->segmentation().articles)
        for (const Piece &p : a.pieces)
            if (!piece && p.role == Role::Body)
                piece = p.id;
    QVERIFY(piece);
    m_window->selectPiece(piece);
    QTest::keyClick(tree(), Qt::Key_F2);
    ParagraphEditor *body = m_window->articleEditor()->body();
    QVERIFY(body->hasFocus());
    qint64 now = 0;
    body->setTypingClock([&now] { return now; });
    QTextCursor c = body->textCursor();
    c.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(c);
    const QString before = doc()->pieceText(piece);
    const int start = doc()->undoStack()->index();
    for (const QChar ch : QStringLiteral(" abc def")) {
        now += 120;
        QTest::keyClick(body, ch.toLatin1());
    }
    QCOMPARE(doc()->pieceText(piece), before + QStringLiteral(" abc def"));
    QCOMPARE(doc()->undoStack()->index() - start, 3); // " ", "abc ", "def"
    now += TypingSteps::kPauseMs + 500;
    QTest::keyClick(body, 'g');
    QCOMPARE(doc()->undoStack()->index() - start, 4); // after a pause, "g" on its own
    doc()->undoStack()->undo();
    QCOMPARE(doc()->pieceText(piece), before + QStringLiteral(" abc def"));
    doc()->undoStack()->undo();
    QCOMPARE(doc()->pieceText(piece), before + QStringLiteral(" abc "));
    doc()->undoStack()->redo();
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("def"));
    // Moving the cursor is a safe point too: the next keystroke is a step of its own.
    c = body->textCursor();
    c.movePosition(QTextCursor::StartOfBlock);
    body->setTextCursor(c);
    const int beforeX = doc()->undoStack()->index();
    now += 100;
    QTest::keyClick(body, 'x');
    QCOMPARE(doc()->undoStack()->index(), beforeX + 1);
    doc()->undoStack()->undo();
    QCOMPARE(body->textCursor().position(), body->document()->findBlock(body->textCursor().position()).position());
}

void TestDeskOperations::resolveAllFlagsOfArticle()
{
    int id = 0;
    for (const Article &a : doc()->segmentation().articles)
        if (a.openFlagCount() > 0 && !id)
            id = a.id;
    if (!id)
        QSKIP("no open flag on the seed page");
    const int open = doc()->segmentation().openFlagCount();
    const int here = doc()->segmentation().articles[doc()->segmentation().indexOfArticle(id)].openFlagCount();
    m_window->selectArticle(id);
    QTest::keyClick(tree(), Qt::Key_R, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QCOMPARE(doc()->segmentation().openFlagCount(), open - here);
    std::unique_ptr<QMenu> menu(m_window->createTreeContextMenu(m_window->articleModel()->indexForArticle(id)));
    QVERIFY(menu->actions().contains(act("flagResolveArticle")));
}

void TestDeskOperations::standardShortcuts()
{
    auto hasAny = [](QAction *a, QKeySequence::StandardKey key, const QKeySequence &fallback) {
        const QList<QKeySequence> std = QKeySequence::keyBindings(key);
        return std.isEmpty() ? a->shortcuts() == QList<QKeySequence>{fallback} : a->shortcuts() == std;
    };
    QVERIFY(hasAny(act("fileSaveAs"), QKeySequence::SaveAs, QKeySequence(QStringLiteral("Ctrl+Shift+S"))));
    QVERIFY(hasAny(act("editReplace"), QKeySequence::Replace, QKeySequence(QStringLiteral("Ctrl+H"))));
    QCOMPARE(act("editRedo")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    QCOMPARE(act("pieceCut")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Cut));
    QCOMPARE(act("piecePaste")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Paste));
    // No action uses a key combination the X server or a desktop keeps for itself.
    for (QAction *a : m_window->findChildren<QAction *>())
        for (const QKeySequence &k : a->shortcuts())
            QVERIFY2(k != QKeySequence(QStringLiteral("Ctrl+Alt+Backspace")) && k != QKeySequence(QStringLiteral("Ctrl+Alt+Del")),
                     qPrintable(a->objectName()));
    // Every shortcut is used once.
    QHash<QKeySequence, QString> seen;
    for (QAction *a : m_window->findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly))
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!seen.contains(k), qPrintable(k.toString() + QLatin1Char(' ') + a->objectName() + QLatin1Char(' ') + seen.value(k)));
            seen.insert(k, a->objectName());
        }
}

void TestDeskOperations::enterInsideParagraphSplitsIt()
{
    const int a = 0;
    const int id = firstBodyPiece(a);
    QVERIFY(id);
    const Segmentation before = doc()->segmentation();
    const QString text = doc()->pieceText(id);
    QVERIFY(text.size() > 20);
    m_window->selectPiece(id);
    QTest::keyClick(tree(), Qt::Key_F2);
    ParagraphEditor *body = m_window->articleEditor()->body();
    QVERIFY(body->hasFocus());
    QTextCursor c = body->textCursor();
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 10);
    body->setTextCursor(c);
    QTest::keyClick(body, Qt::Key_Return);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Split block"));
    const Article &art = doc()->segmentation().articles[a];
    const int i = art.indexOfPiece(id);
    QCOMPARE(doc()->pieceText(id), text.left(10).trimmed());
    const Piece &second = art.pieces[i + 1];
    QVERIFY(!second.continuesParagraph);
    auto squeezed = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("\\s"))); };
    QCOMPARE(squeezed(doc()->pieceText(id) + doc()->pieceText(second.id)), squeezed(text)); // nothing lost
    QCOMPARE(body->pieceAtCursor(), second.id); // the cursor at the start of the new paragraph
    QVERIFY(body->textCursor().atBlockStart());
    doc()->undoStack()->undo();
    QCOMPARE(doc()->segmentation(), before);
}

void TestDeskOperations::splitAtCursorFollowsFocusedEditor()
{
    const int id = firstBodyPiece(0);
    const QString text = doc()->pieceText(id);
    m_window->selectPiece(id);
    QTest::keyClick(tree(), Qt::Key_F2);
    ParagraphEditor *body = m_window->articleEditor()->body();
    QVERIFY(body->hasFocus());
    QTextCursor c = body->textCursor();
    c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 6);
    body->setTextCursor(c);
    // The raw page's cursor is somewhere else entirely: the body editor has the focus, so it counts.
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->undoStack()->count(), 1);
    QCOMPARE(doc()->pieceText(id), text.left(6).trimmed());
    // A piece with a correction is refused with a reason, not "Nothing to change".
    doc()->undoStack()->undo();
    QVERIFY(body->moveToPiece(id));
    QTest::keyClicks(body, QStringLiteral("x"));
    QVERIFY(doc()->hasCorrection(id));
    const int steps = doc()->undoStack()->count();
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(doc()->undoStack()->count(), steps);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("correction")));
}

void TestDeskOperations::correctionsListRevertsOne()
{
    // Two corrections typed in the body editor, the list opened with its shortcut, the first one
    // reverted with the Revert button.
    const int a = firstBodyPiece(0), b = firstBodyPiece(1);
    QVERIFY(a && b);
    const QString textA = doc()->pieceText(a), textB = doc()->pieceText(b);
    ParagraphEditor *body = m_window->articleEditor()->body();
    for (int id : {a, b}) {
        m_window->selectPiece(id);
        QTest::keyClick(tree(), Qt::Key_F2);
        QVERIFY(body->hasFocus());
        QTest::keyClicks(body, QStringLiteral("X"));
    }
    QVERIFY(doc()->hasCorrection(a) && doc()->hasCorrection(b));
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("correctionsDock"));
    QVERIFY(dock && dock->isVisible());
    CorrectionsPanel *panel = m_window->correctionsPanel();
    QTreeWidget *list = panel->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(CorrectionsPanel::OriginalColumn).remove(QStringLiteral("…")).isEmpty(), false);
    QVERIFY(list->topLevelItem(0)->text(CorrectionsPanel::CorrectedColumn).startsWith(QLatin1Char('X')));
    QVERIFY(list->topLevelItem(0)->text(CorrectionsPanel::WhereColumn).contains(QStringLiteral("Article 1")));
    QVERIFY(list->topLevelItem(1)->text(CorrectionsPanel::WhereColumn).contains(QStringLiteral("Article 2")));
    // Choosing a row selects its piece; Revert takes it back in one undo step.
    list->setCurrentItem(list->topLevelItem(0));
    QCOMPARE(m_window->currentPiece(), a);
    if (const QString dir = qEnvironmentVariable("GALLEY_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/corrections-list.png"))); // to look at, not compared
    const int steps = doc()->undoStack()->count();
    QTest::mouseClick(panel->revertButton(), Qt::LeftButton);
    QCOMPARE(doc()->undoStack()->count(), steps + 1);
    QCOMPARE(doc()->pieceText(a), textA);
    QVERIFY(doc()->hasCorrection(b));
    QTRY_COMPARE(list->topLevelItemCount(), 1);
    // Undo brings it back into the list.
    act("editUndo")->trigger();
    QTRY_COMPARE(list->topLevelItemCount(), 2);
    Q_UNUSED(textB);
}

QTEST_MAIN(TestDeskOperations)
#include "tst_deskoperations.moc"
