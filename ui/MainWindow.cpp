// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ArticleEditor.h"
#include "ArticleTreeModel.h"
#include "CorrectionsPanel.h"
#include "ExportDialog.h"
#include "FindReplacePanel.h"
#include "PageHighlighter.h"
#include "PageImageView.h"
#include "PageLoader.h"
#include "PageNavigator.h"
#include "ActionRegistry.h"
#include "edit/DeleteArticlesCommand.h" // nextArticle(): where the selection goes after a delete
#include "edit/DocumentActions.h"
#include "edit/UnlinkArticleCommand.h" // unlinkArticle(): whether the article spans pages
#include "review/FlagNavigator.h"
#include "ParagraphEditor.h"
#include "ProjectController.h"
#include "RawPageView.h"
#include "SelectionSync.h"
#include "RoleIcons.h"
#include "UiResources.h"
#include "edit/PieceTransfer.h"
#include "segment/ReasonText.h"
#include "ShortcutEditor.h"
#include "ArticleDiffView.h"
#include "OcrErrorSeriesPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QScrollBar>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoGroup>
#include <QUndoView>

#include <tuple>

namespace galley {

namespace {
constexpr int kExpandAllLimit = 400; // articles; larger pages open collapsed

// The platform's standard key, or fallback where the platform has none (Save As on Windows,
// Replace on macOS): every operation keeps a shortcut on every platform.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    ensureUiResources();
    setWindowTitle(tr("Galley"));
    setWindowIcon(RoleIcons::application());
    setAcceptDrops(true);
    setAccessibleName(tr("Galley review desk"));
    m_undoGroup = new QUndoGroup(this);
    m_loader = new PageLoader(this);
    m_project = new ProjectController(this, this);
    m_actions = new ActionRegistry(this);
    createViews();
    createActions();
    createMenus();
    createDeskEditActions();

    connect(m_project, &ProjectController::documentChanged, this, &MainWindow::setDocument);
    connect(m_project, &ProjectController::titleChanged, this, &QWidget::setWindowTitle);
    connect(m_project, &ProjectController::statusMessage, statusBar(), &QStatusBar::showMessage);

    connect(m_loader, &PageLoader::started, this, [this](const QString &path) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Loading %1…").arg(QFileInfo(path).fileName()));
        m_progress->show();
        m_cancelLoad->show();
        statusBar()->showMessage(tr("Importing and segmenting %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_loader, &PageLoader::finished, this, [this](const PageLoader::Result &r) {
        m_progress->hide();
        m_cancelLoad->hide();
        if (!r->ok() && !r->cancelled)
            statusBar()->showMessage(r->error, 10000);
        m_project->openLoaded(std::move(*r));
    });
    connect(m_loader, &PageLoader::cancelled, this, [this](const QString &path) {
        m_progress->hide();
        m_cancelLoad->hide();
        statusBar()->showMessage(tr("Stopped opening %1").arg(QFileInfo(path).fileName()), 5000);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("MainWindow/geometry"))) {
        const QSize avail = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::min(1800, avail.width() * 96 / 100), std::min(1100, avail.height() * 94 / 100));
    }
    if (!m_pageSplitter->restoreState(settings.value(QStringLiteral("PageImage/splitter")).toByteArray()))
        m_pageSplitter->setSizes({width() * 3 / 10, width() / 5}); // the image wider than the raw text; the dock has the rest

    m_quitAfterPaint = qEnvironmentVariableIsSet("GALLEY_QUIT_AFTER_FIRST_PAINT");
    m_raw->viewport()->installEventFilter(this);
    setDocument(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_raw = new RawPageView(this);
    m_raw->setObjectName(QStringLiteral("rawPage"));
    QFont pageFont = m_raw->font();
    pageFont.setPointSizeF(pageFont.pointSizeF() * 1.15);
    m_raw->setFont(pageFont);
    m_raw->setContextMenuPolicy(Qt::CustomContextMenu);
    // The page image left of the raw page, a divider between them (hidden for text pages).
    m_image = new PageImageView(this);
    m_image->setObjectName(QStringLiteral("pageImage"));
    m_pageSplitter = new QSplitter(Qt::Horizontal, this);
    m_pageSplitter->setObjectName(QStringLiteral("pageSplitter"));
    m_pageSplitter->setChildrenCollapsible(false);
    m_pageSplitter->addWidget(m_image);
    m_pageSplitter->addWidget(m_raw);
    m_pageSplitter->setStretchFactor(0, 1);
    m_pageSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_pageSplitter);
    connect(m_image, &PageImageView::pieceClicked, this, &MainWindow::selectPiece);
    connect(m_image, &PageImageView::pageChanged, this, &MainWindow::updatePageImageVisibility);
    connect(this, &MainWindow::currentPrintedPageChanged, m_image, &PageImageView::showPrintedPage);
    connect(m_raw, &RawPageView::pieceClicked, this, &MainWindow::selectPiece);
    connect(m_raw, &QWidget::customContextMenuRequested, this, &MainWindow::showRawContextMenu);
    connect(m_raw->highlighter(), &PageHighlighter::progress, this, [this](int done, int total) {
        if (done >= total) {
            m_progress->hide();
            return;
        }
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("Highlighting %p%"));
        m_progress->show();
    });

    m_model = new ArticleTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("articleTree"));
    m_tree->setAccessibleName(tr("Articles and their pieces"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ArticleTreeModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ArticleTreeModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ArticleTreeModel::FlagColumn, QHeaderView::ResizeToContents);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTreeContextMenu);
    // A new document resets the model (rows expanded if few); an edit updates rows (ArticleTreeModel::
    // synced), which keeps what is expanded or collapsed; the current piece or article is selected again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_document && m_document->segmentation().articles.size() <= kExpandAllLimit)
            m_tree->expandAll();
        m_selection->restore();
    });

    m_editor = new ArticleEditor(this);
    m_editor->setObjectName(QStringLiteral("articleEditor"));
    connect(m_editor->body(), &ParagraphEditor::refused, this, [this](const QString &reason) {
        statusBar()->showMessage(reason, 6000);
    });
    connect(m_editor->body(), &ParagraphEditor::currentPieceChanged, this, [this](int id) {
        if (!m_selection->isSyncing())
            selectPiece(id);
    });

    m_rightSplitter = new QSplitter(Qt::Vertical, this);
    m_rightSplitter->setObjectName(QStringLiteral("articleSplitter"));
    m_rightSplitter->addWidget(m_tree);
    m_rightSplitter->addWidget(m_editor);
    m_rightSplitter->setStretchFactor(0, 2);
    m_rightSplitter->setStretchFactor(1, 3);
    auto *articlesDock = new QDockWidget(tr("Articles"), this);
    articlesDock->setObjectName(QStringLiteral("articlesDock"));
    articlesDock->setWidget(m_rightSplitter);
    articlesDock->setMinimumWidth(420);
    addDockWidget(Qt::RightDockWidgetArea, articlesDock);
    resizeDocks({articlesDock}, {720}, Qt::Horizontal);

    m_find = new FindReplacePanel(this);
    m_find->setObjectName(QStringLiteral("findPanel"));
    auto *findDock = new QDockWidget(tr("Find and Replace"), this);
    findDock->setObjectName(QStringLiteral("findDock"));
    findDock->setWidget(m_find);
    addDockWidget(Qt::BottomDockWidgetArea, findDock);
    findDock->hide();
    connect(m_find, &FindReplacePanel::matchActivated, this, [this](int pieceId, qsizetype, qsizetype) {
        selectPiece(pieceId);
    });

    m_history = new QUndoView(m_undoGroup, this);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("Undo history"));
    m_history->setEmptyLabel(tr("<page as segmented>"));
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, historyDock);
    historyDock->hide();

    m_counts = new QLabel(this);
    m_counts->setAccessibleName(tr("Counts"));
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->setToolTip(tr("Stop opening the file; the open document stays as it is."));
    m_cancelLoad->hide();
    connect(m_cancelLoad, &QToolButton::clicked, m_loader, &PageLoader::cancel);
    statusBar()->addPermanentWidget(m_cancelLoad);
    statusBar()->addPermanentWidget(m_counts);

    m_corrections = new CorrectionsPanel(this);
    m_corrections->setObjectName(QStringLiteral("correctionsPanel"));
    auto *correctionsDock = new QDockWidget(tr("Corrections"), this);
    correctionsDock->setObjectName(QStringLiteral("correctionsDock"));
    correctionsDock->setWidget(m_corrections);
    addDockWidget(Qt::BottomDockWidgetArea, correctionsDock);
    correctionsDock->hide();
    connect(m_corrections, &CorrectionsPanel::pieceActivated, this, &MainWindow::selectPiece);

    // Whole issues: the printed pages, and which one the raw page shows.
    m_pages = new PageNavigator(this);
    m_pages->setObjectName(QStringLiteral("pageNavigator"));
    auto *pagesDock = new QDockWidget(tr("Pages"), this);
    pagesDock->setObjectName(QStringLiteral("pagesDock"));
    pagesDock->setWidget(m_pages);
    addDockWidget(Qt::LeftDockWidgetArea, pagesDock);
    pagesDock->hide(); // shown for documents of several printed pages
    connect(m_pages, &PageNavigator::pageActivated, this, &MainWindow::gotoPrintedPage);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setAccessibleName(tr("Printed page"));
    statusBar()->insertPermanentWidget(0, m_pageLabel);
    connect(m_raw->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::updateCurrentPrintedPage);
    connect(m_raw, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateCurrentPrintedPage);

    m_selection = new SelectionSync(m_tree, m_model, m_raw, m_image, m_editor, m_find, this);
    connect(m_model, &ArticleTreeModel::synced, m_selection, &SelectionSync::restore);
    connect(m_selection, &SelectionSync::currentChanged, this, [this] {
        updateCounts();
        updateActions();
        updateCurrentPrintedPage(); // the raw page moved its cursor to the piece with its signals blocked
    });
}

QAction *MainWindow::addAction(const char *id, const QString &text, const QKeySequence &shortcut, void (MainWindow::*slot)(),
                               ActionRegistry::Needs needs)
{
    QAction *a = m_actions->add(QString::fromLatin1(id), text, shortcut.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{shortcut}, needs);
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    return a;
}

void MainWindow::createActions()
{
    using K = QKeySequence;
    using Needs = ActionRegistry::Needs;
    // File
    auto *open = addAction(ActionId::FileOpen, tr("&Open…"), K::Open, &MainWindow::openDialog);
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    addAction(ActionId::FileSave, tr("&Save"), K::Save, &MainWindow::save, Needs::Document)
        ->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    addAction(ActionId::FileSaveAs, tr("Save &As…"), K(), &MainWindow::saveAs, Needs::Document)
        ->setShortcuts(standardOr(K::SaveAs, K(tr("Ctrl+Shift+S"))));
    addAction(ActionId::FileExport, tr("&Export…"), K(tr("Ctrl+Shift+E")), &MainWindow::exportArticles, Needs::Document);
    auto *quit = addAction(ActionId::FileQuit, tr("&Quit"), K::Quit, nullptr);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    // Edit
    auto *undo = m_actions->adopt(QString::fromLatin1(ActionId::EditUndo), m_undoGroup->createUndoAction(this, tr("&Undo")));
    undo->setShortcut(K::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    auto *redo = m_actions->adopt(QString::fromLatin1(ActionId::EditRedo), m_undoGroup->createRedoAction(this, tr("&Redo")));
    redo->setShortcuts(K::keyBindings(K::Redo));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    addAction(ActionId::EditFind, tr("&Find…"), K::Find, &MainWindow::showFind, Needs::Document);
    addAction(ActionId::EditReplace, tr("R&eplace…"), K(), &MainWindow::showReplace, Needs::Document)
        ->setShortcuts(standardOr(K::Replace, K(tr("Ctrl+H"))));
    addAction(ActionId::EditFindNext, tr("Find &Next"), K::FindNext, &MainWindow::findNext);
    addAction(ActionId::EditFindPrevious, tr("Find Pre&vious"), K::FindPrevious, &MainWindow::findPrevious);

    // Article structure
    addAction(ActionId::ArticleNew, tr("&New Article from Selection"), K(tr("Ctrl+Shift+N")), &MainWindow::newArticle, Needs::Article);
    addAction(ActionId::ArticleMerge, tr("&Merge Articles"), K(tr("Ctrl+Shift+M")), &MainWindow::mergeArticles, Needs::Article);
    addAction(ActionId::ArticleSplit, tr("S&plit Article Before Piece"), K(tr("Ctrl+Shift+X")), &MainWindow::splitArticle, Needs::Piece);
    addAction(ActionId::ArticleLinkPages, tr("&Link Articles Across Pages"), K(tr("Ctrl+Shift+L")), &MainWindow::linkArticles, Needs::Article);
    addAction(ActionId::ArticleUnlinkPages, tr("U&nlink Parts on Other Pages"), K(), &MainWindow::unlinkArticle, Needs::Article);
    connect(addAction(ActionId::ViewNextPage, tr("Ne&xt Page"), K(tr("Ctrl+PgDown")), nullptr), &QAction::triggered, this,
            [this] { gotoPrintedPage(m_currentPrintedPage + 1); });
    connect(addAction(ActionId::ViewPreviousPage, tr("Pre&vious Page"), K(tr("Ctrl+PgUp")), nullptr), &QAction::triggered, this,
            [this] { gotoPrintedPage(m_currentPrintedPage - 1); });
    addAction(ActionId::PieceMoveTo, tr("Move to &Article…"), K(tr("Ctrl+M")), &MainWindow::moveToArticle, Needs::Piece);
    addAction(ActionId::PieceUp, tr("Move Piece &Up"), K(tr("Alt+Up")), &MainWindow::movePieceUp, Needs::Piece);
    addAction(ActionId::PieceDown, tr("Move Piece &Down"), K(tr("Alt+Down")), &MainWindow::movePieceDown, Needs::Piece);
    addAction(ActionId::ParagraphJoin, tr("&Join to Previous Paragraph"), K(tr("Ctrl+J")), &MainWindow::joinParagraph, Needs::Piece);
    addAction(ActionId::ParagraphBreak, tr("&Break Paragraph Here"), K(tr("Ctrl+Shift+J")), &MainWindow::breakParagraph, Needs::Piece);
    addAction(ActionId::BlockSplit, tr("Split &Block at Cursor"), K(tr("Ctrl+Shift+B")), &MainWindow::splitBlock, Needs::Piece);
    addAction(ActionId::BlockJoin, tr("Re&join Block Fragments"), K(tr("Ctrl+Alt+B")), &MainWindow::joinBlockPieces, Needs::Piece);
    addAction(ActionId::PieceMakeHeadline, tr("Make &Headline"), K(tr("Ctrl+Shift+H")), &MainWindow::makeHeadline, Needs::Piece);
    addAction(ActionId::ArticleSwapHeadlines, tr("S&wap Headlines"), K(tr("Ctrl+Alt+H")), &MainWindow::swapHeadlines, Needs::Article);
    addAction(ActionId::ArticleEditHeadline, tr("&Edit Headline"), K(tr("Ctrl+E")), &MainWindow::editHeadline, Needs::Article);
    addAction(ActionId::PieceCorrect, tr("&Correct Text…"), K(tr("F2")), &MainWindow::correctText, Needs::Piece);
    addAction(ActionId::PieceRevert, tr("Re&vert Correction"), K(tr("Ctrl+Shift+Backspace")), &MainWindow::revertCorrection, Needs::Piece);
    addAction(ActionId::PieceFurniture, tr("Send to Page &Furniture"), K(tr("Ctrl+Shift+F")), &MainWindow::sendToFurniture, Needs::Piece);
    addAction(ActionId::StatusUnreviewed, tr("Mark &Unreviewed"), K(tr("Ctrl+Alt+U")), &MainWindow::markUnreviewed, Needs::Article);
    addAction(ActionId::StatusInReview, tr("Mark &In Review"), K(tr("Ctrl+Alt+I")), &MainWindow::markInReview, Needs::Article);
    addAction(ActionId::StatusDone, tr("Mark &Done"), K(tr("Ctrl+Alt+D")), &MainWindow::markDone, Needs::Article);
    m_actions->get(ActionId::StatusUnreviewed)->setIcon(RoleIcons::status(ReviewStatus::Unreviewed));
    m_actions->get(ActionId::StatusInReview)->setIcon(RoleIcons::status(ReviewStatus::InReview));
    m_actions->get(ActionId::StatusDone)->setIcon(RoleIcons::status(ReviewStatus::Done));
    addAction(ActionId::FlagNext, tr("Next &Flagged Problem"), K(tr("F8")), &MainWindow::nextFlag, Needs::Document)->setIcon(RoleIcons::flag());
    addAction(ActionId::FlagPrevious, tr("Pre&vious Flagged Problem"), K(tr("Shift+F8")), &MainWindow::previousFlag, Needs::Document);
    addAction(ActionId::FlagResolve, tr("Mark Flag &Resolved"), K(tr("Ctrl+Shift+R")), &MainWindow::resolveFlag, Needs::Document);

    // Roles: Ctrl+1 … Ctrl+9 for the common ones, Ctrl+Alt+1 … for the rest.
    int n = 0;
    for (Role role : allRoles()) {
        if (role == Role::Furniture)
            continue;
        ++n;
        const QString keys = n <= 9 ? QStringLiteral("Ctrl+%1").arg(n) : QStringLiteral("Ctrl+Alt+%1").arg(n - 9);
        auto *a = m_actions->add(roleActionId(role), roleDisplayName(role), {K(keys)}, Needs::Piece);
        a->setIcon(RoleIcons::role(role));
        connect(a, &QAction::triggered, this, [this, role] {
            if (m_document && !selectedPieces().isEmpty())
                done(DocumentActions(m_document).setRole(selectedPieces(), role));
        });
    }

    // View
    addAction(ActionId::ViewZoomIn, tr("Zoom &In"), K::ZoomIn, &MainWindow::zoomIn);
    addAction(ActionId::ViewZoomOut, tr("Zoom &Out"), K::ZoomOut, &MainWindow::zoomOut);
    auto *pageImage = addAction(ActionId::ViewPageImage, tr("Page &Image"), K(tr("Ctrl+Shift+I")), nullptr);
    pageImage->setCheckable(true);
    pageImage->setChecked(QSettings().value(QStringLiteral("PageImage/visible"), true).toBool());
    pageImage->setToolTip(tr("Show the printed page (PDF page or scan) beside the raw text"));
    connect(pageImage, &QAction::toggled, this, &MainWindow::updatePageImageVisibility);
    addAction(ActionId::HelpAbout, tr("&About Galley"), K(), &MainWindow::about);

    // Whole-article operations, flags of an article, cut and paste of pieces on the tree's rows.
    addAction(ActionId::ArticleDelete, tr("De&lete Article"), K(tr("Ctrl+Del")), &MainWindow::deleteArticles, Needs::Article);
    addAction(ActionId::ArticleOrderByPage, tr("&Order Pieces by Page Position"), K(tr("Ctrl+Alt+O")), &MainWindow::orderPiecesByPage, Needs::Article);
    addAction(ActionId::ReviewCorrections, tr("&Corrections List"), K(tr("Ctrl+Alt+C")), &MainWindow::showCorrections);
    addAction(ActionId::FlagResolveArticle, tr("Resolve All Flags of &Article"), K(tr("Ctrl+Alt+R")), &MainWindow::resolveArticleFlags, Needs::Article);
    for (auto [id, text, key, slot] : {std::tuple{ActionId::PieceCut, tr("Cu&t Pieces"), K::Cut, &MainWindow::cutPieces},
                                       std::tuple{ActionId::PiecePaste, tr("&Paste Pieces After Selection"), K::Paste, &MainWindow::pastePieces}}) {
        QAction *a = addAction(id, text, K(), slot, Needs::Piece);
        a->setShortcuts(key);
        a->setShortcutContext(Qt::WidgetShortcut); // on the tree's rows; text fields keep their own
        m_tree->addAction(a);
    }
    m_actions->enableFor(false, false, false);
}

QAction *MainWindow::action(const QString &id) const
{
    return m_actions->get(id);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->get(ActionId::FileOpen));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    auto fillRecent = [this] {
        m_recentMenu->clear();
        for (const QString &path : m_project->recentFiles())
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); })->setToolTip(path);
        m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
    };
    fillRecent();
    connect(m_project, &ProjectController::recentFilesChanged, this, fillRecent);
    file->addSeparator();
    file->addAction(m_actions->get(ActionId::FileSave));
    file->addAction(m_actions->get(ActionId::FileSaveAs));
    file->addAction(m_actions->get(ActionId::FileExport));
    file->addSeparator();
    file->addAction(m_actions->get(ActionId::FileQuit));

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_actions->get(ActionId::EditUndo));
    m_editMenu->addAction(m_actions->get(ActionId::EditRedo));
    m_editMenu->addSeparator();
    m_actions->fill(m_editMenu, {ActionId::PieceCorrect, ActionId::PieceRevert, ActionId::ArticleEditHeadline});
    m_editMenu->addSeparator();
    m_actions->fill(m_editMenu, {ActionId::EditFind, ActionId::EditReplace, ActionId::EditFindNext, ActionId::EditFindPrevious});

    m_articleMenu = menuBar()->addMenu(tr("&Article"));
    m_actions->fill(m_articleMenu, {ActionId::ArticleNew, ActionId::ArticleMerge, ActionId::ArticleSplit, ActionId::ArticleLinkPages,
                                    ActionId::ArticleUnlinkPages, ActionId::PieceMoveTo, ActionId::PieceUp, ActionId::PieceDown});
    m_articleMenu->addSeparator();
    m_actions->fill(m_articleMenu, {ActionId::ParagraphJoin, ActionId::ParagraphBreak, ActionId::BlockSplit, ActionId::BlockJoin});
    m_articleMenu->addSeparator();
    m_roleMenu = m_articleMenu->addMenu(tr("Set &Role"));
    for (Role role : allRoles())
        if (role != Role::Furniture)
            m_roleMenu->addAction(m_actions->get(roleActionId(role)));
    m_actions->fill(m_articleMenu, {ActionId::PieceMakeHeadline, ActionId::ArticleSwapHeadlines, ActionId::PieceFurniture});
    m_articleMenu->addSeparator();
    m_actions->fill(m_articleMenu, {ActionId::PieceCut, ActionId::PiecePaste, ActionId::ArticleOrderByPage, ActionId::ArticleDelete});
    m_articleMenu->addSeparator();
    m_actions->fill(m_articleMenu, {ActionId::StatusUnreviewed, ActionId::StatusInReview, ActionId::StatusDone});

    m_reviewMenu = menuBar()->addMenu(tr("&Review"));
    m_actions->fill(m_reviewMenu, {ActionId::FlagNext, ActionId::FlagPrevious, ActionId::FlagResolve, ActionId::FlagResolveArticle, ActionId::StatusDone, ActionId::ReviewCorrections});

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_actions->fill(m_viewMenu, {ActionId::ViewPageImage, ActionId::Separator, ActionId::ViewNextPage, ActionId::ViewPreviousPage,
                                 ActionId::ViewZoomIn, ActionId::ViewZoomOut});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->get(ActionId::HelpAbout));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->fill(tools, {ActionId::FileOpen, ActionId::FileSave, ActionId::EditUndo, ActionId::EditRedo});
    tools->addSeparator();
    m_actions->fill(tools, {ActionId::FlagPrevious, ActionId::FlagNext});
    tools->addSeparator();
    m_actions->fill(tools, {ActionId::StatusInReview, ActionId::StatusDone});
    m_viewMenu->addAction(tools->toggleViewAction());
}

bool MainWindow::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (path != QLatin1String("-") && (!info.exists() || !(info.isFile() || info.isDir()) || !info.isReadable())) {
        const QString message = !info.exists() ? tr("%1: no such file").arg(QDir::toNativeSeparators(path))
                                               : tr("%1: cannot be read").arg(QDir::toNativeSeparators(path));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot open page"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(message, 10000);
        return false;
    }
    m_loader->load(path); // pages and projects alike (DocumentLoader)
    return true;
}

void MainWindow::updatePageImageVisibility()
{
    const bool wanted = m_actions->get(ActionId::ViewPageImage)->isChecked();
    QSettings().setValue(QStringLiteral("PageImage/visible"), wanted);
    m_image->setVisible(wanted && m_image->hasPage());
}

bool MainWindow::isLoading() const
{
    return m_loader->isLoading();
}

void MainWindow::waitForLoaded()
{
    m_loader->waitForFinished();
    QCoreApplication::processEvents();
}

void MainWindow::setDocument(ReviewDocument *document)
{
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        m_undoGroup->removeStack(m_document->undoStack());
    }
    m_document = document;
    m_selection->setDocument(document);
    m_flagReason.clear();
    m_raw->setReviewDocument(document);
    m_image->setReviewDocument(document);
    m_editor->setReviewDocument(document);
    m_find->setReviewDocument(document);
    m_corrections->setReviewDocument(document);
    m_pages->setReviewDocument(document);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("pagesDock")))
        dock->setVisible(document && document->page().printedPageCount() > 1);
    m_currentPrintedPage = -1;
    m_model->setReviewDocument(document); // last: its reset selects the first article everywhere
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &ReviewDocument::segmentationChanged, this, &MainWindow::updateCounts);
        connect(document, &ReviewDocument::flagsChanged, this, &MainWindow::updateCounts);
        // Start on the first article.
        if (!document->segmentation().articles.isEmpty())
            selectArticle(document->segmentation().articles.first().id);
        m_selection->restore(); // the views follow the current row
    }
    updateCounts();
    updateActions();
    updateCurrentPrintedPage();
    emit documentShown();
    if (document && m_quitAfterPaint) {
        // Start-up measurement: paint the page as soon as the event loop is free again.
        QTimer::singleShot(0, this, [this] {
            if (m_raw->isVisible())
                m_raw->viewport()->repaint();
        });
    }
}

void MainWindow::updateCounts()
{
    if (!m_document) {
        m_counts->setText(tr("No page"));
        return;
    }
    const Segmentation &seg = m_document->segmentation();
    int done = 0;
    for (const Article &a : seg.articles)
        done += a.status == ReviewStatus::Done;
    m_counts->setText(tr("%n article(s)", nullptr, int(seg.articles.size())) + QStringLiteral(" · ")
                      + tr("%1 reviewed").arg(done) + QStringLiteral(" · ")
                      + tr("%n open flag(s)", nullptr, seg.openFlagCount()));
}

void MainWindow::updateActions()
{
    // With a page open every operation is available: it works on the selection (tree, raw page
    // text, or cursor) at the moment it runs and says so in the status bar when there is none.
    const bool hasDoc = m_document;
    m_actions->enableFor(hasDoc, hasDoc, hasDoc);
}

void MainWindow::selectPiece(int pieceId) { m_selection->selectPiece(pieceId); }
void MainWindow::selectArticle(int articleId) { m_selection->selectArticle(articleId); }
int MainWindow::currentPiece() const { return m_selection->currentPiece(); }
int MainWindow::currentArticle() const { return m_selection->currentArticle(); }
QList<int> MainWindow::selectedPieces() const { return m_selection->selectedPieces(); }
QList<int> MainWindow::selectedArticles() const { return m_selection->selectedArticles(); }

void MainWindow::done(bool changed)
{
    if (m_document && !changed)
        statusBar()->showMessage(tr("Nothing to change"), 3000);
}

// --- Editing operations ---

void MainWindow::newArticle()
{
    const QList<int> ids = selectedPieces();
    if (ids.isEmpty())
        return;
    done(DocumentActions(m_document).newArticle(ids));
    selectPiece(ids.first());
}

void MainWindow::mergeArticles()
{
    const QList<int> ids = selectedArticles();
    if (ids.size() < 2) {
        statusBar()->showMessage(tr("Select two or more articles to merge"), 4000);
        return;
    }
    // The articles merge into the first of them in page order: the selection stays on it.
    int into = 0;
    for (const Article &a : m_document->segmentation().articles)
        if (!into && ids.contains(a.id))
            into = a.id;
    done(DocumentActions(m_document).mergeArticles(ids));
    selectArticle(into);
}

void MainWindow::splitArticle()
{
    if (!m_selection->currentPiece() || !m_selection->currentArticle())
        return;
    done(DocumentActions(m_document).splitArticle(m_selection->currentArticle(), m_selection->currentPiece()));
    selectPiece(m_selection->currentPiece());
}

void MainWindow::linkArticles()
{
    const QList<int> ids = selectedArticles();
    if (ids.size() != 2) {
        statusBar()->showMessage(tr("Select the two parts of an article (two articles) to link them"), 4000);
        return;
    }
    // The part that starts earlier in the issue comes first.
    const Segmentation &seg = m_document->segmentation();
    const int a = seg.indexOfArticle(ids[0]);
    const int b = seg.indexOfArticle(ids[1]);
    const bool inOrder = a >= 0 && b >= 0 && !seg.articles[a].pieces.isEmpty() && !seg.articles[b].pieces.isEmpty()
        && seg.articles[a].pieces.first().span.start <= seg.articles[b].pieces.first().span.start;
    const int first = inOrder ? ids[0] : ids[1];
    done(DocumentActions(m_document).linkArticles(first, inOrder ? ids[1] : ids[0]));
    selectArticle(first);
}

void MainWindow::unlinkArticle()
{
    const int id = m_selection->currentArticle();
    if (!id || !UnlinkArticleCommand::spansPages(m_document->page(), m_document->segmentation(), id)) {
        statusBar()->showMessage(tr("The article lies on one page: nothing to unlink"), 4000);
        return;
    }
    done(DocumentActions(m_document).unlinkArticle(id));
    selectArticle(id);
}

void MainWindow::gotoPrintedPage(int index)
{
    if (!m_document || index < 0 || index >= m_document->page().printedPageCount())
        return;
    const qsizetype start = m_document->page().printedPages().isEmpty() ? 0 : m_document->page().printedPages()[index].span.start;
    // To the end first, then back: the page's first line comes to the top of the view.
    m_movingToPage = true;
    QTextCursor c = m_raw->textCursor();
    c.movePosition(QTextCursor::End);
    m_raw->setTextCursor(c);
    m_raw->ensureCursorVisible();
    c.setPosition(int(start));
    m_raw->setTextCursor(c);
    m_raw->ensureCursorVisible();
    m_movingToPage = false;
    updateCurrentPrintedPage();
}

void MainWindow::updateCurrentPrintedPage()
{
    if (m_movingToPage)
        return;
    int index = -1;
    if (m_document) {
        const QRect cursor = m_raw->cursorRect();
        const qsizetype pos = m_raw->viewport()->rect().contains(cursor.center()) ? m_raw->textCursor().position()
                                                                                  : m_raw->cursorForPosition(QPoint(0, 0)).position();
        index = m_document->page().printedPageAt(pos);
    }
    m_pageLabel->setVisible(m_document && m_document->page().printedPageCount() > 1);
    if (m_document && m_document->page().printedPageCount() > 1) {
        const Page &page = m_document->page();
        m_pageLabel->setText(tr("Page %1 (%2 of %3)").arg(page.printedPages()[index].number).arg(index + 1).arg(page.printedPageCount()));
    }
    if (index == m_currentPrintedPage)
        return;
    m_currentPrintedPage = index;
    m_pages->setCurrentPage(index);
    emit currentPrintedPageChanged(index);
}

void MainWindow::moveToArticle()
{
    if (!m_document || selectedPieces().isEmpty())
        return;
    QStringList names;
    QList<int> ids;
    const Segmentation &seg = m_document->segmentation();
    for (int a = 0; a < seg.articles.size(); ++a) {
        const QString h = m_document->headline(a);
        names << tr("%1. %2").arg(a + 1).arg(h.isEmpty() ? tr("(no headline)") : h.left(40));
        ids << seg.articles[a].id;
    }
    bool ok = false;
    const int current = std::max(0, seg.indexOfArticle(m_selection->currentArticle()));
    const QString choice = QInputDialog::getItem(this, tr("Move to Article"), tr("Move the selected pieces to:"),
                                                 names, current, false, &ok);
    if (ok && names.contains(choice))
        moveSelectedPiecesTo(ids[names.indexOf(choice)]);
}

void MainWindow::moveSelectedPiecesTo(int articleId)
{
    const QList<int> pieces = selectedPieces();
    if (pieces.isEmpty())
        return;
    done(DocumentActions(m_document).movePieces(pieces, articleId));
    selectPiece(pieces.first());
}

void MainWindow::movePieceUp()
{
    if (m_selection->currentPiece())
        done(DocumentActions(m_document).reorderPiece(m_selection->currentPiece(), -1));
}

void MainWindow::movePieceDown()
{
    if (m_selection->currentPiece())
        done(DocumentActions(m_document).reorderPiece(m_selection->currentPiece(), +1));
}

void MainWindow::joinParagraph()
{
    if (m_selection->currentPiece())
        done(DocumentActions(m_document).setParagraphJoin(m_selection->currentPiece(), true));
}

void MainWindow::breakParagraph()
{
    if (m_selection->currentPiece())
        done(DocumentActions(m_document).setParagraphJoin(m_selection->currentPiece(), false));
}

void MainWindow::splitBlock()
{
    if (!m_document)
        return;
    // The cursor of the editor that has the focus says where: the article body's, else the raw page's.
    if (m_editor->body()->hasFocus()) {
        m_editor->body()->splitAtCursor();
        return;
    }
    const qsizetype at = m_raw->textCursor().position();
    const int piece = m_raw->pieceAtCursor() ? m_raw->pieceAtCursor() : m_selection->currentPiece();
    if (!piece)
        return;
    done(DocumentActions(m_document).splitBlock(piece, at));
}

void MainWindow::joinBlockPieces()
{
    if (m_selection->currentPiece())
        done(DocumentActions(m_document).joinBlockPieces(m_selection->currentPiece()));
}

void MainWindow::makeHeadline()
{
    if (m_selection->currentPiece())
        done(DocumentActions(m_document).makeHeadline(m_selection->currentPiece()));
}

void MainWindow::swapHeadlines()
{
    const QList<int> ids = selectedArticles();
    if (ids.size() != 2) {
        statusBar()->showMessage(tr("Select exactly two articles to swap their headlines"), 4000);
        return;
    }
    done(DocumentActions(m_document).swapHeadlines(ids[0], ids[1]));
}

void MainWindow::editHeadline()
{
    if (!m_selection->currentArticle())
        return;
    if (QLineEdit *f = m_editor->field(Role::Headline)) {
        f->setFocus(Qt::ShortcutFocusReason);
        f->selectAll();
    }
}

void MainWindow::correctText()
{
    if (!m_document || !m_selection->currentPiece())
        return;
    if (m_editor->focusPiece(m_selection->currentPiece()))
        return;
    // Pieces without a place in the editor (captions, tables, notes, furniture …): a dialog.
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Correct Text"),
                                                        tr("Corrected text (the raw page stays as it is):"),
                                                        m_document->pieceText(m_selection->currentPiece()), &ok);
    if (ok)
        done(DocumentActions(m_document).correctText(m_selection->currentPiece(), text));
}

void MainWindow::revertCorrection()
{
    if (m_document && m_selection->currentPiece() && m_document->hasCorrection(m_selection->currentPiece()))
        done(DocumentActions(m_document).correctText(m_selection->currentPiece(), std::nullopt));
}

void MainWindow::sendToFurniture()
{
    if (!m_document)
        return;
    // Article rows (and no piece rows) selected in the tree: the whole articles go.
    if (!m_raw->hasFocus() && treeSelectsArticlesOnly()) {
        deleteArticles();
        return;
    }
    const QList<int> ids = selectedPieces();
    if (ids.isEmpty())
        return;
    // Then on to the next piece of the article (or the next article): the editor works down the page.
    const Segmentation &seg = m_document->segmentation();
    const auto [a, last] = seg.locatePiece(PieceTransfer::inDocumentOrder(seg, ids).constLast());
    int next = 0, nextArticle = 0;
    if (a >= 0) {
        for (int i = last + 1; i < seg.articles[a].pieces.size() && !next; ++i)
            if (!ids.contains(seg.articles[a].pieces[i].id))
                next = seg.articles[a].pieces[i].id;
        nextArticle = DeleteArticlesCommand::nextArticle(seg, {seg.articles[a].id});
    }
    done(DocumentActions(m_document).sendToFurniture(ids));
    if (next)
        selectPiece(next);
    else if (nextArticle)
        selectArticle(nextArticle);
}

void MainWindow::markUnreviewed()
{
    if (!selectedArticles().isEmpty())
        done(DocumentActions(m_document).setReviewStatus(selectedArticles(), ReviewStatus::Unreviewed));
}

void MainWindow::markInReview()
{
    if (!selectedArticles().isEmpty())
        done(DocumentActions(m_document).setReviewStatus(selectedArticles(), ReviewStatus::InReview));
}

void MainWindow::markDone()
{
    const QList<int> ids = selectedArticles();
    if (ids.isEmpty())
        return;
    done(DocumentActions(m_document).setReviewStatus(ids, ReviewStatus::Done));
    // Done is the editor's call, but open flags should not go unnoticed.
    int open = 0;
    for (int id : ids) {
        const int a = m_document->segmentation().indexOfArticle(id);
        if (a >= 0)
            open += m_document->segmentation().articles[a].openFlagCount();
    }
    if (open > 0)
        statusBar()->showMessage(tr("Marked done with %n open flag(s) left — F8 goes through them.", nullptr, open), 8000);
}

void MainWindow::gotoFlag(int direction)
{
    if (!m_document)
        return;
    const std::optional<FlagStop> stop = FlagNavigator::step(m_document->segmentation(), m_selection->currentPiece(), direction);
    if (!stop) {
        m_flagReason.clear();
        statusBar()->showMessage(tr("No open flags"), 4000);
        return;
    }
    selectPiece(stop->pieceId);
    m_flagReason = reasonDisplay(stop->reason);
    statusBar()->showMessage(QStringLiteral("⚑ ") + m_flagReason);
}

void MainWindow::nextFlag() { gotoFlag(+1); }
void MainWindow::previousFlag() { gotoFlag(-1); }

void MainWindow::resolveFlag()
{
    if (!m_document || !m_selection->currentPiece())
        return;
    const auto [a, i] = m_document->segmentation().locatePiece(m_selection->currentPiece());
    if (a < 0)
        return;
    const Article &article = m_document->segmentation().articles[a];
    for (int f = 0; f < article.flags.size(); ++f)
        if (article.flags[f].pieceId == m_selection->currentPiece() && article.flags[f].isOpen()) {
            done(DocumentActions(m_document).resolveFlag(article.id, f, true));
            return;
        }
    Q_UNUSED(i);
}

void MainWindow::showFind()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("findDock"));
    dock->show();
    dock->raise();
    m_find->focusFind();
}

void MainWindow::showReplace()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("findDock"));
    dock->show();
    dock->raise();
    m_find->focusReplace();
}

void MainWindow::findNext() { m_find->findNext(false); }
void MainWindow::findPrevious() { m_find->findNext(true); }

void MainWindow::openDialog()
{
    if (const QString path = m_project->chooseOpenPath(); !path.isEmpty())
        openFile(path);
}

void MainWindow::save()
{
    m_project->save();
}

void MainWindow::saveAs()
{
    m_project->saveAs();
}

void MainWindow::exportArticles()
{
    if (!m_document)
        return;
    auto *dialog = new ExportDialog(m_document, this);
    dialog->setProtectedFiles({m_project->filePath()}); // an export never replaces the open project
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::zoomIn()
{
    m_raw->zoomIn(1);
}

void MainWindow::zoomOut()
{
    m_raw->zoomOut(1);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Galley"),
                       tr("Galley %1\nA desk for correcting OCR'd newspaper pages.").arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showRawContextMenu(const QPoint &pos)
{
    // A right click selects the piece under the mouse unless it is inside a text selection.
    const QTextCursor c = m_raw->cursorForPosition(pos);
    if (!m_raw->textCursor().hasSelection()) {
        m_raw->setTextCursor(c);
        if (const auto *e = m_raw->pieceMap().at(c.position()))
            selectPiece(e->pieceId);
    }
    std::unique_ptr<QMenu> menu(createRawContextMenu());
    menu->exec(m_raw->viewport()->mapToGlobal(pos));
}

QMenu *MainWindow::createRawContextMenu()
{
    auto *menu = new QMenu(this);
    m_actions->fill(menu, {ActionId::ArticleNew, ActionId::BlockSplit, ActionId::BlockJoin, ActionId::PieceMoveTo, ActionId::PieceMakeHeadline});
    menu->addMenu(m_roleMenu);
    m_actions->fill(menu, {ActionId::PieceCorrect, ActionId::PieceRevert, ActionId::PieceFurniture, ActionId::FlagResolve});
    menu->addSeparator();
    QMenu *standard = m_raw->createStandardContextMenu();
    standard->setParent(menu, standard->windowFlags());
    menu->addActions(standard->actions());
    return menu;
}

void MainWindow::showTreeContextMenu(const QPoint &pos)
{
    std::unique_ptr<QMenu> menu(createTreeContextMenu(m_tree->indexAt(pos)));
    menu->exec(m_tree->viewport()->mapToGlobal(pos));
}

QMenu *MainWindow::createTreeContextMenu(const QModelIndex &index)
{
    auto *menu = new QMenu(this);
    if (ArticleTreeModel::pieceId(index)) {
        m_actions->fill(menu, {ActionId::ArticleNew, ActionId::ArticleSplit, ActionId::PieceMoveTo, ActionId::PieceUp, ActionId::PieceDown});
        menu->addSeparator();
        m_actions->fill(menu, {ActionId::ParagraphJoin, ActionId::ParagraphBreak, ActionId::BlockSplit, ActionId::BlockJoin});
        menu->addSeparator();
        menu->addMenu(m_roleMenu);
        m_actions->fill(menu, {ActionId::PieceMakeHeadline, ActionId::PieceCorrect, ActionId::PieceRevert, ActionId::PieceFurniture, ActionId::FlagResolve});
        menu->addSeparator();
        m_actions->fill(menu, {ActionId::PieceCut, ActionId::PiecePaste, ActionId::ArticleOrderByPage});
    } else {
        m_actions->fill(menu, {ActionId::ArticleMerge, ActionId::ArticleSwapHeadlines, ActionId::ArticleEditHeadline});
        menu->addSeparator();
        m_actions->fill(menu, {ActionId::PiecePaste, ActionId::ArticleOrderByPage, ActionId::PieceFurniture, ActionId::ArticleDelete, ActionId::FlagResolveArticle});
        menu->addSeparator();
        m_actions->fill(menu, {ActionId::StatusUnreviewed, ActionId::StatusInReview, ActionId::StatusDone});
    }
    m_actions->fill(menu, {ActionId::Separator, ActionId::ViewArticleDiff});
    return menu;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_project->confirmClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    if (m_image->isVisible())
        settings.setValue(QStringLiteral("PageImage/splitter"), m_pageSplitter->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty()
        && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.first().toLocalFile());
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Start-up measurement (docs/performance.md): quit once the page has been painted.
    if (m_quitAfterPaint && watched == m_raw->viewport() && event->type() == QEvent::Paint && m_document) {
        m_quitAfterPaint = false;
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
    return QMainWindow::eventFilter(watched, event);
}

// --- Whole-article operations, flags of an article, cut and paste of pieces ---

bool MainWindow::treeSelectsArticlesOnly() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    if (rows.isEmpty())
        return false;
    return std::all_of(rows.cbegin(), rows.cend(), [](const QModelIndex &i) {
        return ArticleTreeModel::articleId(i) && !ArticleTreeModel::pieceId(i);
    });
}

void MainWindow::deleteArticles()
{
    if (!m_document)
        return;
    const QList<int> ids = selectedArticles();
    if (ids.isEmpty())
        return;
    const int next = DeleteArticlesCommand::nextArticle(m_document->segmentation(), ids);
    done(DocumentActions(m_document).deleteArticles(ids));
    if (next)
        selectArticle(next);
}

void MainWindow::orderPiecesByPage()
{
    if (!m_document || !m_selection->currentArticle())
        return;
    // Two or more pieces of the article selected: only those; else the whole article.
    QList<int> pieces;
    const int a = m_document->segmentation().indexOfArticle(m_selection->currentArticle());
    if (a >= 0 && !treeSelectsArticlesOnly())
        for (int id : selectedPieces())
            if (m_document->segmentation().articles[a].indexOfPiece(id) >= 0)
                pieces.append(id);
    if (pieces.size() < 2)
        pieces.clear();
    done(DocumentActions(m_document).orderPiecesByPage(m_selection->currentArticle(), pieces));
}

void MainWindow::resolveArticleFlags()
{
    if (m_document && m_selection->currentArticle())
        done(DocumentActions(m_document).resolveArticleFlags(m_selection->currentArticle()));
}

void MainWindow::showCorrections()
{
    auto *dock = findChild<QDockWidget *>(QStringLiteral("correctionsDock"));
    dock->show();
    dock->raise();
    m_corrections->refresh();
    m_corrections->list()->setFocus();
}

void MainWindow::cutPieces()
{
    m_cutPieces = selectedPieces();
    if (m_cutPieces.isEmpty())
        return;
    statusBar()->showMessage(tr("%n piece(s) cut: select the piece to paste them after (or an article) and press %1",
                                nullptr, int(m_cutPieces.size()))
                                 .arg(m_actions->get(ActionId::PiecePaste)->shortcut().toString(QKeySequence::NativeText)),
                             8000);
}

void MainWindow::pastePieces()
{
    if (!m_document)
        return;
    QList<int> pieces;
    for (int id : std::as_const(m_cutPieces))
        if (m_document->segmentation().piece(id))
            pieces.append(id); // an undo since the cut may have taken some away
    if (pieces.isEmpty()) {
        statusBar()->showMessage(tr("Nothing cut to paste: cut pieces with %1 first")
                                     .arg(m_actions->get(ActionId::PieceCut)->shortcut().toString(QKeySequence::NativeText)),
                                 4000);
        return;
    }
    // After the current piece in its article; on an article row at its end; on the furniture row
    // into the furniture.
    const QModelIndex cur = m_tree->currentIndex();
    const int targetPiece = ArticleTreeModel::pieceId(cur);
    const int targetArticle = ArticleTreeModel::articleId(cur);
    if (!targetArticle) {
        done(DocumentActions(m_document).sendToFurniture(pieces));
    } else {
        const int a = m_document->segmentation().indexOfArticle(targetArticle);
        const int at = targetPiece ? m_document->segmentation().articles[a].indexOfPiece(targetPiece) + 1 : -1;
        done(DocumentActions(m_document).movePieces(pieces, targetArticle, at));
    }
    m_cutPieces.clear();
    selectPiece(pieces.first());
}

// Issue 9 desk additions: Settings ▸ Configure Shortcuts… (the shortcuts the editor set are applied
// here, once every action exists).
void MainWindow::createDeskEditActions()
{
    QAction *shortcuts = addAction(ActionId::SettingsShortcuts, tr("Configure &Shortcuts…"), QKeySequence(), &MainWindow::configureShortcuts);
    QMenu *settingsMenu = new QMenu(tr("&Settings"), this);
    settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    settingsMenu->addAction(shortcuts);
    const QList<QAction *> bar = menuBar()->actions();
    menuBar()->insertMenu(bar.isEmpty() ? nullptr : bar.last(), settingsMenu); // before Help

    // View ▸ Original ↔ Corrected (also on the tree's context menu): a dock following the current article.
    m_diff = new ArticleDiffView(this);
    m_diff->setObjectName(QStringLiteral("articleDiffView"));
    auto *diffDock = new QDockWidget(tr("Original ↔ Corrected"), this);
    diffDock->setObjectName(QStringLiteral("articleDiffDock"));
    diffDock->setWidget(m_diff);
    addDockWidget(Qt::BottomDockWidgetArea, diffDock);
    diffDock->hide();
    QAction *diff = addAction(ActionId::ViewArticleDiff, tr("Original ↔ &Corrected View"), QKeySequence(tr("Ctrl+Alt+V")),
                              &MainWindow::showArticleDiff);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(diff);
    connect(this, &MainWindow::documentShown, m_diff, [this] {
        m_diff->setReviewDocument(m_document);
        m_diff->setArticle(currentArticle());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, m_diff, [this] { m_diff->setArticle(currentArticle()); });

    // Review ▸ OCR Error Series: the suspects of the page grouped by form, fixed a series at a time.
    m_series = new OcrErrorSeriesPanel(this);
    m_series->setObjectName(QStringLiteral("ocrErrorSeries"));
    auto *seriesDock = new QDockWidget(tr("OCR Error Series"), this);
    seriesDock->setObjectName(QStringLiteral("ocrErrorSeriesDock"));
    seriesDock->setWidget(m_series);
    addDockWidget(Qt::BottomDockWidgetArea, seriesDock);
    seriesDock->hide();
    connect(m_series, &OcrErrorSeriesPanel::pieceActivated, this, &MainWindow::selectPiece);
    connect(this, &MainWindow::documentShown, m_series, [this] { m_series->setReviewDocument(m_document); });
    m_reviewMenu->addAction(addAction(ActionId::ReviewErrorSeries, tr("OCR &Error Series"), QKeySequence(tr("Ctrl+Alt+E")),
                                      &MainWindow::showErrorSeries));

    const QList<QAction *> all = shortcutActions();
    ShortcutSettings::rememberDefaults(all);
    QSettings settings;
    ShortcutSettings::apply(all, settings);
}

QList<QAction *> MainWindow::shortcutActions() const
{
    QList<QAction *> out;
    for (QAction *a : m_actions->all())
        if (!a->text().isEmpty())
            out << a;
    return out;
}

void MainWindow::showArticleDiff()
{
    QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("articleDiffDock"));
    m_diff->setReviewDocument(m_document);
    m_diff->setArticle(currentArticle());
    dock->show();
    dock->raise();
    m_diff->refresh();
}

void MainWindow::showErrorSeries()
{
    QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("ocrErrorSeriesDock"));
    m_series->setReviewDocument(m_document);
    dock->show();
    dock->raise();
    m_series->refresh();
}

void MainWindow::configureShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutActions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace galley
