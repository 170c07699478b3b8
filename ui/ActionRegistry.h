// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// ActionRegistry: the main window's actions in one place, each under a stable id (ActionId — also
// the action's objectName, what tests and a shortcut editor look it up by). Menus, the tool bar
// and context menus are filled from it by id (fill()), and the window enables actions by what they
// need (a document, a piece, an article). The actions are children of the window (not of the
// registry), added to it so their shortcuts work everywhere in the window.
#include "model/Role.h"

#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>

#include <initializer_list>

class QWidget;

namespace galley {

/// Ids of the main window's actions. Role actions are roleActionId(role).
namespace ActionId {
inline constexpr char FileOpen[] = "fileOpen";
inline constexpr char FileSave[] = "fileSave";
inline constexpr char FileSaveAs[] = "fileSaveAs";
inline constexpr char FileExport[] = "fileExport";
inline constexpr char FileQuit[] = "fileQuit";
inline constexpr char EditUndo[] = "editUndo";
inline constexpr char EditRedo[] = "editRedo";
inline constexpr char EditFind[] = "editFind";
inline constexpr char EditReplace[] = "editReplace";
inline constexpr char EditFindNext[] = "editFindNext";
inline constexpr char EditFindPrevious[] = "editFindPrevious";
inline constexpr char ArticleNew[] = "articleNew";
inline constexpr char ArticleMerge[] = "articleMerge";
inline constexpr char ArticleSplit[] = "articleSplit";
inline constexpr char PieceMoveTo[] = "pieceMoveTo";
inline constexpr char PieceUp[] = "pieceUp";
inline constexpr char PieceDown[] = "pieceDown";
inline constexpr char ParagraphJoin[] = "paragraphJoin";
inline constexpr char ParagraphBreak[] = "paragraphBreak";
inline constexpr char BlockSplit[] = "blockSplit";
inline constexpr char BlockJoin[] = "blockJoin";
inline constexpr char PieceMakeHeadline[] = "pieceMakeHeadline";
inline constexpr char ArticleSwapHeadlines[] = "articleSwapHeadlines";
inline constexpr char ArticleEditHeadline[] = "articleEditHeadline";
inline constexpr char PieceCorrect[] = "pieceCorrect";
inline constexpr char PieceRevert[] = "pieceRevert";
inline constexpr char PieceFurniture[] = "pieceFurniture";
inline constexpr char StatusUnreviewed[] = "statusUnreviewed";
inline constexpr char StatusInReview[] = "statusInReview";
inline constexpr char StatusDone[] = "statusDone";
inline constexpr char FlagNext[] = "flagNext";
inline constexpr char FlagPrevious[] = "flagPrevious";
inline constexpr char FlagResolve[] = "flagResolve";
inline constexpr char ViewZoomIn[] = "viewZoomIn";
inline constexpr char ViewZoomOut[] = "viewZoomOut";
inline constexpr char HelpAbout[] = "helpAbout";
inline constexpr char ArticleDelete[] = "articleDelete";
inline constexpr char ArticleOrderByPage[] = "articleOrderByPage";
inline constexpr char ReviewCorrections[] = "reviewCorrections";
inline constexpr char FlagResolveArticle[] = "flagResolveArticle";
inline constexpr char PieceCut[] = "pieceCut";
inline constexpr char PiecePaste[] = "piecePaste";
// Whole issues: articles across printed pages, page navigation, the page image.
inline constexpr char ArticleLinkPages[] = "articleLinkPages";
inline constexpr char ArticleUnlinkPages[] = "articleUnlinkPages";
inline constexpr char ViewNextPage[] = "viewNextPage";
inline constexpr char ViewPreviousPage[] = "viewPreviousPage";
inline constexpr char ViewPageImage[] = "viewPageImage";
// The desk's editor features: shortcut editor, original ↔ corrected view, OCR error series.
inline constexpr char SettingsShortcuts[] = "settingsShortcuts";
inline constexpr char ViewArticleDiff[] = "viewArticleDiff";
inline constexpr char ReviewErrorSeries[] = "reviewErrorSeries";
/// In a fill() list: a separator.
inline constexpr char Separator[] = "";
} // namespace ActionId

/// Id of the action that gives pieces role ("role-headline", … : "role-" + roleName()).
QString roleActionId(Role role);

class ActionRegistry : public QObject {
    Q_OBJECT
public:
    /// What an action works on: the window enables it only then.
    enum class Needs { Nothing, Document, Piece, Article };

    /// window: parent of the actions (and of the registry).
    explicit ActionRegistry(QWidget *window);

    /// A new action with id (a string the registry keeps as given: ActionId constants or
    /// roleActionId()), window shortcut context. An id is registered once.
    QAction *add(const QString &id, const QString &text, const QList<QKeySequence> &shortcuts = {}, Needs needs = Needs::Nothing);
    /// Registers an action made elsewhere (the undo group's undo and redo actions).
    QAction *adopt(const QString &id, QAction *action, Needs needs = Needs::Nothing);

    /// The action with id; nullptr for an unknown id.
    QAction *get(const QString &id) const { return m_byId.value(id); }
    QAction *get(const char *id) const { return get(QString::fromLatin1(id)); }
    /// Every action in the order added.
    const QList<QAction *> &all() const { return m_all; }
    QList<QAction *> needing(Needs needs) const;
    /// Enables every action by what it needs.
    void enableFor(bool document, bool piece, bool article) const;
    /// Adds the actions named by ids to a menu or tool bar, in order (ActionId::Separator: a separator).
    void fill(QWidget *menuOrToolBar, std::initializer_list<const char *> ids) const;

private:
    QWidget *m_window;
    QList<QAction *> m_all;
    QHash<QString, QAction *> m_byId;
    QHash<QAction *, Needs> m_needs;
};

} // namespace galley
