// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OcrErrorSeriesPanel.h"

#include "RoleIcons.h"
#include "edit/DocumentActions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace galley {

namespace {
constexpr int kContext = 10; // characters either side of an occurrence
constexpr int kIndexRole = Qt::UserRole + 1;
} // namespace

OcrErrorSeriesPanel::OcrErrorSeriesPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("OCR error series"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *split = new QSplitter(Qt::Horizontal, this);
    m_series = new QTreeWidget(split);
    m_series->setAccessibleName(tr("Suspect forms"));
    m_series->setHeaderLabels({tr("Suspect"), tr("Suggestion"), tr("Count")});
    m_series->setRootIsDecorated(false);
    m_series->setUniformRowHeights(true);
    m_occurrences = new QTreeWidget(split);
    m_occurrences->setAccessibleName(tr("Occurrences of the suspect"));
    m_occurrences->setHeaderLabels({tr("Where"), tr("Context")});
    m_occurrences->setRootIsDecorated(false);
    m_occurrences->setUniformRowHeights(true);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Replace &with:"), this);
    m_replacement = new QLineEdit(this);
    m_replacement->setAccessibleName(tr("Replacement for the checked occurrences"));
    label->setBuddy(m_replacement);
    m_all = new QPushButton(tr("Check A&ll"), this);
    m_fix = new QPushButton(tr("&Fix Checked"), this);
    row->addWidget(label);
    row->addWidget(m_replacement, 1);
    row->addWidget(m_all);
    row->addWidget(m_fix);
    layout->addLayout(row);

    m_later = new QTimer(this);
    m_later->setSingleShot(true);
    m_later->setInterval(200);
    connect(m_later, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(m_series, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_chosen = item ? item->data(0, kIndexRole).toInt() : -1;
        fillOccurrences();
    });
    connect(m_occurrences, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || m_chosen < 0 || m_chosen >= m_data.size())
            return;
        const int i = item->data(0, kIndexRole).toInt();
        if (i >= 0 && i < m_data[m_chosen].occurrences.size())
            emit pieceActivated(m_data[m_chosen].occurrences[i].pieceId);
    });
    connect(m_all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_fix, &QPushButton::clicked, this, &OcrErrorSeriesPanel::fixChecked);
}

void OcrErrorSeriesPanel::setReviewDocument(ReviewDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ReviewDocument::segmentationChanged, m_later, qOverload<>(&QTimer::start));
        connect(document, &ReviewDocument::pieceTextChanged, m_later, qOverload<>(&QTimer::start));
    }
    m_later->start();
}

void OcrErrorSeriesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_later->start();
}

void OcrErrorSeriesPanel::refresh()
{
    m_later->stop();
    const QString chosenForm = m_chosen >= 0 && m_chosen < m_data.size() ? m_data[m_chosen].form : QString();
    m_data = m_document ? OcrSuspects::series(OcrSuspects::find(*m_document)) : QList<OcrErrorSeries>{};
    int total = 0;
    for (const OcrErrorSeries &s : std::as_const(m_data))
        total += int(s.occurrences.size());
    QString note = tr("%n suspect(s)", nullptr, total) + QStringLiteral(" · ") + tr("%n form(s)", nullptr, int(m_data.size()));
    note += OcrSuspects::wordListAvailable() ? tr(" · Latin words checked against %1").arg(OcrSuspects::wordListPath())
                                             : tr(" · no word list installed (/usr/share/dict): Latin words are not checked");
    m_note->setText(note);
    const QSignalBlocker quiet(m_series);
    m_series->clear();
    int keep = -1;
    for (int i = 0; i < m_data.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_series, {m_data[i].form, m_data[i].suggestion, QString::number(m_data[i].occurrences.size())});
        item->setData(0, kIndexRole, i);
        if (m_data[i].form == chosenForm && keep < 0)
            keep = i;
    }
    m_series->resizeColumnToContents(0);
    m_series->resizeColumnToContents(1);
    m_chosen = -1;
    chooseSeries(keep >= 0 ? keep : (m_data.isEmpty() ? -1 : 0));
}

void OcrErrorSeriesPanel::chooseSeries(int row)
{
    m_series->setCurrentItem(row >= 0 ? m_series->topLevelItem(row) : nullptr);
    m_chosen = row;
    fillOccurrences();
}

void OcrErrorSeriesPanel::fillOccurrences()
{
    const QSignalBlocker quiet(m_occurrences);
    m_occurrences->clear();
    const bool has = m_document && m_chosen >= 0 && m_chosen < m_data.size();
    m_fix->setEnabled(has);
    m_all->setEnabled(has);
    if (!has) {
        m_replacement->clear();
        return;
    }
    const OcrErrorSeries &s = m_data[m_chosen];
    m_replacement->setText(s.suggestion);
    const Segmentation &seg = m_document->segmentation();
    for (int i = 0; i < s.occurrences.size(); ++i) {
        const OcrSuspect &o = s.occurrences[i];
        const QString text = m_document->pieceText(o.pieceId);
        const qsizetype from = std::max<qsizetype>(0, o.start - kContext);
        QString context = text.mid(from, o.start - from) + QStringLiteral("[") + o.form + QStringLiteral("]")
            + text.mid(o.start + o.length, kContext);
        context.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const auto [a, pi] = seg.locatePiece(o.pieceId);
        const Piece *p = seg.piece(o.pieceId);
        const Role role = p ? p->role : Role::Furniture;
        auto *item = new QTreeWidgetItem(m_occurrences, {a >= 0 ? tr("%1 · %2").arg(a + 1).arg(roleDisplayName(role)) : roleDisplayName(Role::Furniture),
                                                         context});
        Q_UNUSED(pi);
        item->setIcon(0, RoleIcons::role(role));
        item->setData(0, kIndexRole, i);
        item->setCheckState(0, Qt::Checked); // the whole series, unless the editor unchecks some
    }
    m_occurrences->resizeColumnToContents(0);
}

void OcrErrorSeriesPanel::setAllChecked(bool checked)
{
    for (int i = 0; i < m_occurrences->topLevelItemCount(); ++i)
        m_occurrences->topLevelItem(i)->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

int OcrErrorSeriesPanel::fixChecked()
{
    if (!m_document || m_chosen < 0 || m_chosen >= m_data.size())
        return 0;
    QList<OcrSuspect> chosen;
    for (int i = 0; i < m_occurrences->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_occurrences->topLevelItem(i);
        const int index = item->data(0, kIndexRole).toInt();
        if (item->checkState(0) == Qt::Checked && index >= 0 && index < m_data[m_chosen].occurrences.size())
            chosen << m_data[m_chosen].occurrences[index];
    }
    const QHash<int, QString> texts = OcrSuspects::fixTexts(*m_document, chosen, m_replacement->text());
    if (texts.isEmpty())
        return 0;
    DocumentActions(m_document).replaceAll(texts);
    refresh();
    return int(chosen.size());
}

} // namespace galley
