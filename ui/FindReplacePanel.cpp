// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindReplacePanel.h"

#include "edit/DocumentActions.h"

#include "RoleIcons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

namespace galley {

namespace {
constexpr int kContext = 12; // characters of context either side of a match in the preview
constexpr int kMatchIndexRole = Qt::UserRole + 1;
} // namespace

FindReplacePanel::FindReplacePanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Find and replace"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    m_find = new QLineEdit(this);
    m_find->setAccessibleName(tr("Find"));
    m_find->setPlaceholderText(tr("Find in the corrected text"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *findLabel = new QLabel(tr("F&ind:"), this);
    findLabel->setBuddy(m_find);
    auto *replaceLabel = new QLabel(tr("Re&place:"), this);
    replaceLabel->setBuddy(m_replace);
    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);

    auto *options = new QHBoxLayout;
    m_regex = new QCheckBox(tr("Re&gular expression"), this);
    m_case = new QCheckBox(tr("Match &case"), this);
    m_wholeWord = new QCheckBox(tr("&Whole word"), this);
    m_scope = new QComboBox(this);
    m_scope->setAccessibleName(tr("Search scope"));
    m_scope->addItem(tr("Whole page"), int(SearchOptions::Scope::Page));
    m_scope->addItem(tr("Current article"), int(SearchOptions::Scope::Article));
    for (QWidget *w : {static_cast<QWidget *>(m_regex), static_cast<QWidget *>(m_case),
                       static_cast<QWidget *>(m_wholeWord), static_cast<QWidget *>(m_scope)})
        options->addWidget(w);
    options->addStretch(1);
    grid->addLayout(options, 2, 0, 1, 2);

    m_preview = new QTreeWidget(this);
    m_preview->setAccessibleName(tr("Matches and their replacement"));
    m_preview->setHeaderLabels({tr("Piece"), tr("Before"), tr("After")});
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->header()->setSectionResizeMode(QHeaderView::Interactive);
    grid->addWidget(m_preview, 3, 0, 1, 2);

    auto *buttons = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Search result"));
    m_replaceAll = new QPushButton(tr("Replace &All"), this);
    m_replaceAll->setAccessibleName(tr("Replace all matches"));
    m_replaceOne = new QPushButton(tr("&Replace"), this);
    m_replaceOne->setAccessibleName(tr("Replace the selected match"));
    m_replaceFind = new QPushButton(tr("Replace && Find &Next"), this);
    m_replaceFind->setAccessibleName(tr("Replace the selected match and select the next"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_replaceOne);
    buttons->addWidget(m_replaceFind);
    buttons->addWidget(m_replaceAll);
    grid->addLayout(buttons, 4, 0, 1, 2);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &FindReplacePanel::updatePreview);
    auto later = [this] { m_delay->start(); };
    connect(m_find, &QLineEdit::textChanged, this, later);
    connect(m_replace, &QLineEdit::textChanged, this, later);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { updatePreview(); findNext(); });
    for (QCheckBox *b : {m_regex, m_case, m_wholeWord})
        connect(b, &QCheckBox::toggled, this, &FindReplacePanel::updatePreview);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &FindReplacePanel::updatePreview);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplacePanel::replaceAll);
    connect(m_replaceOne, &QPushButton::clicked, this, [this] { replaceCurrent(false); });
    connect(m_replaceFind, &QPushButton::clicked, this, [this] { replaceCurrent(true); });
    connect(m_preview, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const int i = item->data(0, kMatchIndexRole).toInt();
        if (i >= 0 && i < m_matches.size())
            emit matchActivated(m_matches[i].pieceId, m_matches[i].start, m_matches[i].length);
    });
    updatePreview();
}

void FindReplacePanel::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ReviewDocument::segmentationChanged, m_delay, qOverload<>(&QTimer::start));
        connect(document, &ReviewDocument::pieceTextChanged, m_delay, qOverload<>(&QTimer::start));
    }
    updatePreview();
}

void FindReplacePanel::setCurrentArticle(int articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    if (m_scope->currentData().toInt() == int(SearchOptions::Scope::Article))
        m_delay->start();
}

SearchOptions FindReplacePanel::options() const
{
    SearchOptions o;
    o.pattern = m_find->text();
    o.regularExpression = m_regex->isChecked();
    o.caseSensitive = m_case->isChecked();
    o.wholeWord = m_wholeWord->isChecked();
    o.scope = SearchOptions::Scope(m_scope->currentData().toInt());
    o.articleId = m_articleId;
    return o;
}

void FindReplacePanel::focusFind()
{
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplacePanel::focusReplace()
{
    m_replace->setFocus(Qt::ShortcutFocusReason);
    m_replace->selectAll();
}

void FindReplacePanel::updatePreview()
{
    m_delay->stop();
    m_preview->clear();
    m_matches.clear();
    const SearchOptions o = options();
    if (!m_document || o.pattern.isEmpty()) {
        m_status->clear();
        setReplaceEnabled(false);
        return;
    }
    const QString error = TextSearch::patternError(o);
    if (!error.isEmpty()) {
        m_status->setText(error);
        setReplaceEnabled(false);
        return;
    }
    m_matches = TextSearch::find(*m_document, o, m_replace->text());
    QList<QTreeWidgetItem *> items;
    items.reserve(m_matches.size());
    const Segmentation &seg = m_document->segmentation();
    for (int i = 0; i < m_matches.size(); ++i) {
        const SearchMatch &m = m_matches[i];
        const QString text = m_document->pieceText(m.pieceId);
        const qsizetype from = std::max<qsizetype>(0, m.start - kContext);
        const QString left = text.mid(from, m.start - from);
        const QString right = text.mid(m.start + m.length, kContext);
        const QString before = left + QStringLiteral("[") + text.mid(m.start, m.length) + QStringLiteral("]") + right;
        const QString after = left + QStringLiteral("[") + m.replacement + QStringLiteral("]") + right;
        const auto [a, pi] = seg.locatePiece(m.pieceId);
        const Piece *p = seg.piece(m.pieceId);
        auto *item = new QTreeWidgetItem({a >= 0 ? tr("%1 · %2").arg(a + 1).arg(roleDisplayName(p->role))
                                                 : roleDisplayName(Role::Furniture),
                                          before, after});
        if (p)
            item->setIcon(0, RoleIcons::role(p->role));
        item->setData(0, kMatchIndexRole, i);
        items.append(item);
        Q_UNUSED(pi);
    }
    m_preview->addTopLevelItems(items);
    m_preview->resizeColumnToContents(0);
    m_status->setText(m_matches.isEmpty() ? tr("No match") : tr("%n match(es)", nullptr, int(m_matches.size())));
    setReplaceEnabled(!m_matches.isEmpty());
}

int FindReplacePanel::replaceAll()
{
    if (!m_document)
        return 0;
    updatePreview();
    const QHash<int, QString> changes = TextSearch::replaceAll(*m_document, options(), m_replace->text());
    if (changes.isEmpty())
        return 0;
    DocumentActions(m_document).replaceAll(changes);
    updatePreview();
    m_status->setText(tr("Replaced in %n piece(s)", nullptr, int(changes.size())));
    return int(changes.size());
}

void FindReplacePanel::setReplaceEnabled(bool enabled)
{
    for (QPushButton *b : {m_replaceAll, m_replaceOne, m_replaceFind})
        b->setEnabled(enabled);
}

bool FindReplacePanel::replaceCurrent(bool findNextAfter)
{
    if (!m_document)
        return false;
    if (m_delay->isActive() || m_matches.isEmpty())
        updatePreview();
    if (m_matches.isEmpty())
        return false;
    const int cur = m_preview->currentItem() ? m_preview->indexOfTopLevelItem(m_preview->currentItem()) : 0;
    const int at = cur < 0 ? 0 : cur;
    const SearchMatch match = m_matches.value(at);
    const QHash<int, QString> change = TextSearch::replaceOne(*m_document, match);
    if (change.isEmpty())
        return false;
    DocumentActions(m_document).replaceAll(change);
    updatePreview();
    if (findNextAfter && !m_matches.isEmpty()) {
        // The next match: after the replacement in the same piece (a replacement that matches again
        // is not found again), else the first of a later piece, else from the top.
        const qsizetype end = match.start + match.replacement.size();
        int next = -1;
        bool inPiece = false;
        for (int i = 0; i < m_matches.size() && next < 0; ++i) {
            if (m_matches[i].pieceId == match.pieceId) {
                inPiece = true;
                if (m_matches[i].start >= end)
                    next = i;
            } else if (inPiece) {
                next = i;
            }
        }
        if (next < 0)
            next = inPiece ? 0 : std::min<int>(at, int(m_matches.size()) - 1);
        m_preview->setCurrentItem(m_preview->topLevelItem(next));
    }
    m_status->setText(tr("Replaced 1 match; %n left", nullptr, int(m_matches.size())));
    return true;
}

bool FindReplacePanel::findNext(bool backwards)
{
    if (m_matches.isEmpty())
        updatePreview();
    const int n = m_preview->topLevelItemCount();
    if (n == 0)
        return false;
    const int cur = m_preview->currentItem() ? m_preview->indexOfTopLevelItem(m_preview->currentItem()) : -1;
    const int next = cur < 0 ? (backwards ? n - 1 : 0) : (cur + (backwards ? n - 1 : 1)) % n;
    m_preview->setCurrentItem(m_preview->topLevelItem(next));
    return true;
}

} // namespace galley
