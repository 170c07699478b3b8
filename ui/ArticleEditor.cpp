// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArticleEditor.h"

#include "edit/DocumentActions.h"

#include "ParagraphEditor.h"
#include "RoleIcons.h"
#include "segment/ReasonText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace galley {

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Article editor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(this);
    m_title->setAccessibleName(tr("Article"));
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto makeField = [&](QLineEdit *&edit, Role role, const QString &label) {
        edit = new QLineEdit(this);
        edit->setAccessibleName(roleDisplayName(role));
        edit->setClearButtonEnabled(true);
        edit->setPlaceholderText(tr("(none)"));
        form->addRow(label, edit);
        // Each keystroke goes to the document at once (SetRoleTextCommand: the keystrokes of one field
        // merge into one undo step), so autosave keeps a field's typing as it keeps the body's.
        connect(edit, &QLineEdit::textEdited, this, [this, role] { commitField(role); });
        connect(edit, &QLineEdit::editingFinished, this, [this, role] { commitField(role); });
    };
    makeField(m_kicker, Role::Kicker, tr("&Kicker:"));
    makeField(m_headline, Role::Headline, tr("Hea&dline:"));
    QFont hf = m_headline->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.25);
    hf.setBold(true);
    m_headline->setFont(hf);
    makeField(m_subheadline, Role::Subheadline, tr("S&ubheadline:"));
    makeField(m_byline, Role::Byline, tr("B&yline:"));

    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Review status"));
    for (auto s : {ReviewStatus::Unreviewed, ReviewStatus::InReview, ReviewStatus::Done})
        m_status->addItem(RoleIcons::status(s), reviewStatusDisplayName(s), int(s));
    form->addRow(tr("&Status:"), m_status);
    connect(m_status, &QComboBox::activated, this, [this](int i) {
        if (m_refreshing || !m_document || !m_articleId)
            return;
        const auto status = ReviewStatus(m_status->itemData(i).toInt());
        DocumentActions(m_document).setReviewStatus({m_articleId}, status);
    });
    layout->addLayout(form);

    m_flags = new QLabel(this);
    m_flags->setAccessibleName(tr("Open flags"));
    m_flags->setWordWrap(true);
    m_flags->setTextFormat(Qt::PlainText);
    layout->addWidget(m_flags);

    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    layout->addWidget(bodyLabel);
    m_body = new ParagraphEditor(this);
    bodyLabel->setBuddy(m_body);
    layout->addWidget(m_body, 1);
    refresh();
}

QLineEdit *ArticleEditor::field(Role role) const
{
    switch (role) {
    case Role::Headline: return m_headline;
    case Role::Kicker: return m_kicker;
    case Role::Subheadline: return m_subheadline;
    case Role::Byline: return m_byline;
    default: return nullptr;
    }
}

void ArticleEditor::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_articleId = 0;
    m_body->setReviewDocument(document);
    if (document) {
        connect(document, &ReviewDocument::segmentationChanged, this, &ArticleEditor::refresh);
        connect(document, &ReviewDocument::pieceTextChanged, this, &ArticleEditor::refresh);
    }
    refresh();
}

void ArticleEditor::setArticle(int articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    m_body->setArticle(articleId);
    refresh();
}

bool ArticleEditor::focusPiece(int pieceId)
{
    if (!m_document)
        return false;
    const auto [a, i] = m_document->segmentation().locatePiece(pieceId);
    if (a < 0 || i < 0)
        return false;
    const Article &article = m_document->segmentation().articles[a];
    setArticle(article.id);
    const Role role = article.pieces[i].role;
    if (isBodyRole(role)) {
        m_body->moveToPiece(pieceId);
        m_body->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    if (QLineEdit *f = field(role)) { // the field holds every piece of its role
        f->setFocus(Qt::ShortcutFocusReason);
        f->selectAll();
        return true;
    }
    return false;
}

void ArticleEditor::commitField(Role role)
{
    QLineEdit *f = field(role);
    if (m_refreshing || !m_document || !m_articleId || !f || !f->isModified())
        return;
    f->setModified(false);
    const int a = m_document->segmentation().indexOfArticle(m_articleId);
    if (a < 0 || f->text() == m_document->roleText(a, role))
        return;
    DocumentActions(m_document).setRoleText(m_articleId, role, f->text());
}

void ArticleEditor::refresh()
{
    const Segmentation *seg = m_document ? &m_document->segmentation() : nullptr;
    const int a = seg ? seg->indexOfArticle(m_articleId) : -1;
    if (seg && a < 0 && m_articleId) {
        // The article went away (merged, emptied): show nothing rather than stale text.
        m_articleId = 0;
        m_body->setArticle(0);
    }
    m_refreshing = true;
    const bool has = a >= 0;
    for (QWidget *w : {static_cast<QWidget *>(m_kicker), static_cast<QWidget *>(m_headline),
                       static_cast<QWidget *>(m_subheadline), static_cast<QWidget *>(m_byline),
                       static_cast<QWidget *>(m_status)})
        w->setEnabled(has);
    m_title->setText(has ? tr("Article %1 of %2").arg(a + 1).arg(seg->articles.size()) : tr("No article selected"));
    for (Role r : {Role::Kicker, Role::Headline, Role::Subheadline, Role::Byline}) {
        QLineEdit *f = field(r);
        // Leave a field alone while the editor is typing in it.
        if (f->hasFocus() && f->isModified())
            continue;
        const QString text = has ? m_document->roleText(a, r) : QString();
        if (f->text() != text)
            f->setText(text);
        f->setModified(false);
    }
    if (has) {
        const Article &article = seg->articles[a];
        m_status->setCurrentIndex(m_status->findData(int(article.status)));
        QStringList open;
        for (const Flag &fl : article.flags)
            if (fl.isOpen())
                open << QStringLiteral("⚑ ") + reasonDisplay(fl.reason);
        // A few reasons in full; the tree's flag column and F8 reach the others.
        constexpr int kShown = 3;
        QStringList shown = open.mid(0, kShown);
        if (open.size() > kShown)
            shown << tr("… and %n more open flag(s) (F8 goes through them)", nullptr, int(open.size() - kShown));
        m_flags->setText(shown.join(QLatin1Char('\n')));
        m_flags->setToolTip(open.join(QLatin1Char('\n')));
        m_flags->setVisible(!open.isEmpty());
    } else {
        m_flags->clear();
        m_flags->hide();
    }
    m_refreshing = false;
}

} // namespace galley
