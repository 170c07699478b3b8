// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MainWindow: the review desk — the raw page on the left (RawPageView), the articles on the right
// (a tree over ArticleTreeModel and the ArticleEditor below it), find and replace and the undo
// history as dock widgets, a status bar with counts (articles, reviewed, open flags).
//  - Every editing operation is an action with a menu entry, a shortcut and a context-menu entry,
//    and pushes one undo command from app/core/edit on the ReviewDocument.
//  - Selection follows both ways between the raw page, the tree and the editor (SelectionSync).
//  - Files: ProjectController (open/save/recent/autosave/recovery); every file opened (File ▸ Open,
//    drag and drop, recent files, the command line: openFile()) is loaded off the GUI thread
//    (PageLoader → DocumentLoader) with progress and Cancel in the status bar.
//  - Window state in QSettings ("MainWindow/geometry", "MainWindow/state"); opens files dropped on it.
//  - The page image (PageImageView) left of the raw page in a splitter, for pages with boxes; its
//    layout in QSettings ("PageImage/splitter", "PageImage/visible"), View → Page Image toggles it.
// Actions live in an ActionRegistry (ids in ActionId, also their object names): menus, tool bar and
// context menus are filled from it; action(id) finds one (tests drive them that way). Flag
// navigation (F8) is FlagNavigator's (app/core/review).
#include "ActionRegistry.h"
#include "model/ReviewDocument.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QModelIndex;
class QProgressBar;
class QToolButton;
class QSplitter;
class QTreeView;
class QUndoGroup;
class QUndoView;
class QUndoCommand;

namespace galley {

class ArticleDiffView;
class OcrErrorSeriesPanel;
class ArticleEditor;
class ArticleTreeModel;
class CorrectionsPanel;
class FindReplacePanel;
class PageImageView;
class PageNavigator;
class PageLoader;
class ProjectController;
class RawPageView;
class SelectionSync;


class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a page file (imported and segmented off the GUI thread) or a .galley project.
    /// False (with a message) when the file cannot be read; loading errors are reported when it ends.
    bool openFile(const QString &path);
    /// True while a page is being imported and segmented.
    bool isLoading() const;
    /// Blocks until a running load has finished and its document is shown (tests, benchmarks).
    void waitForLoaded();

    ReviewDocument *document() const { return m_document; }
    ProjectController *projectController() const { return m_project; }
    /// The action with an id of ActionId (or roleActionId()); nullptr for an unknown id.
    QAction *action(const QString &id) const;
    ActionRegistry *actions() const { return m_actions; }
    RawPageView *rawView() const { return m_raw; }
    PageImageView *pageImageView() const { return m_image; }
    /// The splitter between the page image and the raw page (the central widget).
    QSplitter *pageSplitter() const { return m_pageSplitter; }
    QTreeView *articleTree() const { return m_tree; }
    ArticleTreeModel *articleModel() const { return m_model; }
    ArticleEditor *articleEditor() const { return m_editor; }
    FindReplacePanel *findPanel() const { return m_find; }
    QUndoView *historyView() const { return m_history; }
    CorrectionsPanel *correctionsPanel() const { return m_corrections; }
    QLabel *countsLabel() const { return m_counts; }
    /// The status bar's loading / highlighting progress (visible while work goes on).
    QProgressBar *progressBar() const { return m_progress; }
    PageLoader *loader() const { return m_loader; }

    /// The piece selected (current row of the tree), or 0.
    int currentPiece() const;
    /// The article shown in the editor, or 0.
    int currentArticle() const;
    /// Selects a piece everywhere (tree, raw page, editor).
    void selectPiece(int pieceId);
    /// Selects an article everywhere.
    void selectArticle(int articleId);
    /// Pieces selected in the tree (or the raw page's text selection when it has the focus).
    QList<int> selectedPieces() const;
    /// Articles selected in the tree (article rows, or the articles of selected pieces).
    QList<int> selectedArticles() const;
    /// Moves the selected pieces into articleId (what "Move to Article…" does after asking).
    void moveSelectedPiecesTo(int articleId);
    /// The context menu of the article tree for a row (piece or article operations); caller owns it.
    QMenu *createTreeContextMenu(const QModelIndex &index);
    /// The context menu of the raw page (piece operations and the text view's own entries); caller owns it.
    QMenu *createRawContextMenu();
    /// The printed pages of the document (an issue's "Page 1" … "Page n"; one for a single page).
    PageNavigator *pageNavigator() const { return m_pages; }
    /// Index (Page::printedPages(), 0 for a single page) of the printed page shown in the raw page:
    /// the cursor's page while the cursor is in view, else the page at the top of the view.
    int currentPrintedPage() const { return m_currentPrintedPage; }
    /// Scrolls the raw page to the start of printed page index (navigator click, Ctrl+PgDown/PgUp).
    void gotoPrintedPage(int index);
    /// The reason shown for the flag last reached with F8 / Shift+F8.
    QString currentFlagReason() const { return m_flagReason; }
    /// The actions the shortcut editor lists: the registry's actions that have a text.
    QList<QAction *> shortcutActions() const;
    /// Settings ▸ Configure Shortcuts… (opens ShortcutsDialog, window-modal, deleted on close).
    void configureShortcuts();
    /// View ▸ Original ↔ Corrected View: shows the diff dock for the current article.
    void showArticleDiff();
    ArticleDiffView *articleDiffView() const { return m_diff; }
    /// Review ▸ OCR Error Series: shows the error-series dock.
    void showErrorSeries();
    OcrErrorSeriesPanel *errorSeriesPanel() const { return m_series; }

public slots:
    void setDocument(galley::ReviewDocument *document);

signals:
    /// A document is shown (after a load or a project open) and painted at least once is not implied.
    void documentShown();
    /// The printed page shown changed (see currentPrintedPage()); for views that follow the page.
    void currentPrintedPageChanged(int index);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createDeskEditActions();
    void createViews();
    void createActions();
    void createMenus();
    /// Registers an action (ActionRegistry) and connects it to slot.
    QAction *addAction(const char *id, const QString &text, const QKeySequence &shortcut, void (MainWindow::*slot)(),
                       ActionRegistry::Needs needs = ActionRegistry::Needs::Nothing);
    void updateActions();
    void updateCounts();
    void showRawContextMenu(const QPoint &pos);
    void showTreeContextMenu(const QPoint &pos);
    void gotoFlag(int direction);
    /// After a DocumentActions call: "Nothing to change" in the status bar when it changed nothing.
    void done(bool changed);
    void updatePageImageVisibility();

    // Editing operations (each pushes one command).
    void newArticle();
    void mergeArticles();
    void splitArticle();
    void moveToArticle();
    void movePieceUp();
    void movePieceDown();
    void joinParagraph();
    void breakParagraph();
    void splitBlock();
    void joinBlockPieces();
    void makeHeadline();
    void swapHeadlines();
    void editHeadline();
    void correctText();
    void revertCorrection();
    void sendToFurniture();
    void markUnreviewed();
    void markInReview();
    void markDone();
    void nextFlag();
    void previousFlag();
    void resolveFlag();
    void showFind();
    void showReplace();
    void findNext();
    void findPrevious();
    void openDialog();
    void save();
    void saveAs();
    void exportArticles();
    void zoomIn();
    void zoomOut();
    void about();
    // Whole-article operations, flags of an article, cut and paste of pieces (tree rows).
    bool treeSelectsArticlesOnly() const;
    void deleteArticles();
    void orderPiecesByPage();
    void resolveArticleFlags();
    void cutPieces();
    void pastePieces();
    void showCorrections();
    // Whole issues: articles across printed pages, page navigation.
    void linkArticles();
    void unlinkArticle();
    void updateCurrentPrintedPage();

    QPointer<ReviewDocument> m_document;
    ProjectController *m_project = nullptr;
    PageLoader *m_loader = nullptr;
    RawPageView *m_raw = nullptr;
    PageImageView *m_image = nullptr;
    QSplitter *m_pageSplitter = nullptr;
    QTreeView *m_tree = nullptr;
    ArticleTreeModel *m_model = nullptr;
    ArticleEditor *m_editor = nullptr;
    FindReplacePanel *m_find = nullptr;
    ArticleDiffView *m_diff = nullptr;
    OcrErrorSeriesPanel *m_series = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QUndoView *m_history = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelLoad = nullptr; ///< beside m_progress while a file loads (PageLoader::cancel)
    QMenu *m_editMenu = nullptr;
    QMenu *m_articleMenu = nullptr;
    QMenu *m_roleMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    ActionRegistry *m_actions = nullptr;
    SelectionSync *m_selection = nullptr; ///< tree, raw page and editor show the same piece
    bool m_quitAfterPaint = false;
    QString m_flagReason;
    CorrectionsPanel *m_corrections = nullptr;
    PageNavigator *m_pages = nullptr;
    QLabel *m_pageLabel = nullptr;
    int m_currentPrintedPage = -1;
    bool m_movingToPage = false; ///< gotoPrintedPage() is moving the cursor: no page updates on the way
    QList<int> m_cutPieces; ///< pieces cut with Ctrl+X, moved by the next paste
};

} // namespace galley
