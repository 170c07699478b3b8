// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutEditor.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace galley {

namespace {

constexpr const char *kDefaultsProperty = "galleyDefaultShortcuts";
const QString kGroup = QStringLiteral("shortcuts");

QString plainText(const QAction *a)
{
    QString t = a->text();
    t.remove(QRegularExpression(QStringLiteral("\\(&\\w\\)"))); // Chinese menus: "文件(&F)"
    t.remove(QLatin1Char('&'));
    return t;
}

QStringList portable(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys)
        out << k.toString(QKeySequence::PortableText);
    return out;
}

QString native(const QList<QKeySequence> &keys)
{
    QStringList out;
    for (const QKeySequence &k : keys)
        out << k.toString(QKeySequence::NativeText);
    return out.join(QLatin1String(", "));
}

// Key combinations the window system takes before any program sees them.
QString reserved(const QKeySequence &s)
{
    static const QList<QKeySequence> system = {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Backspace),
                                               QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Delete)};
    for (const QKeySequence &k : system)
        if (s == k)
            return QCoreApplication::translate("galley::ShortcutsDialog", "%1 is taken by the system (it can end the session).")
                .arg(s.toString(QKeySequence::NativeText));
    return {};
}

} // namespace

void ShortcutSettings::rememberDefaults(const QList<QAction *> &actions)
{
    for (QAction *a : actions)
        if (!a->property(kDefaultsProperty).isValid())
            a->setProperty(kDefaultsProperty, QVariant::fromValue(a->shortcuts()));
}

QList<QKeySequence> ShortcutSettings::defaults(const QAction *action)
{
    const QVariant v = action->property(kDefaultsProperty);
    return v.isValid() ? v.value<QList<QKeySequence>>() : action->shortcuts();
}

QString ShortcutSettings::conflict(const QList<QAction *> &actions, const QAction *action, const QKeySequence &sequence)
{
    if (sequence.isEmpty())
        return {};
    if (const QString why = reserved(sequence); !why.isEmpty())
        return why;
    for (const QAction *other : actions)
        if (other != action && other->shortcuts().contains(sequence))
            return QCoreApplication::translate("galley::ShortcutsDialog", "%1 is already the shortcut of “%2”.")
                .arg(sequence.toString(QKeySequence::NativeText), plainText(other));
    return {};
}

void ShortcutSettings::apply(const QList<QAction *> &actions, QSettings &settings)
{
    settings.beginGroup(kGroup);
    QStringList keys = settings.childKeys();
    std::sort(keys.begin(), keys.end()); // the same order on every start
    QList<QAction *> changed;
    for (const QString &name : std::as_const(keys)) {
        auto it = std::find_if(actions.begin(), actions.end(), [&](QAction *a) { return a->objectName() == name; });
        if (it == actions.end())
            continue; // an action this version does not have
        QList<QKeySequence> wanted;
        for (const QString &text : settings.value(name).toStringList()) {
            const QKeySequence k = QKeySequence::fromString(text, QKeySequence::PortableText);
            if (!k.isEmpty())
                wanted << k; // unreadable text is ignored
        }
        (*it)->setShortcuts(wanted);
        changed << *it;
    }
    settings.endGroup();
    // All at once first (two actions may have swapped keys), then a stored shortcut that clashes
    // (a default changed since, an edited file) gives way to the default.
    for (QAction *a : std::as_const(changed)) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (std::any_of(keys.begin(), keys.end(), [&](const QKeySequence &k) { return !conflict(actions, a, k).isEmpty(); }))
            a->setShortcuts(defaults(a));
    }
}

void ShortcutSettings::save(const QList<QAction *> &actions, QSettings &settings)
{
    settings.beginGroup(kGroup);
    for (const QAction *a : actions) {
        if (a->objectName().isEmpty())
            continue;
        if (a->shortcuts() == defaults(a))
            settings.remove(a->objectName());
        else
            settings.setValue(a->objectName(), portable(a->shortcuts()));
    }
    settings.endGroup();
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Configure Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    for (QAction *a : actions)
        if (!a->objectName().isEmpty() && !a->isSeparator() && !a->text().isEmpty())
            m_actions << a;
    std::stable_sort(m_actions.begin(), m_actions.end(), [](const QAction *x, const QAction *y) {
        return QString::localeAwareCompare(plainText(x), plainText(y)) < 0;
    });
    for (const QAction *a : std::as_const(m_actions))
        m_edited << a->shortcuts();

    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Actions and their shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Default")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    for (int row = 0; row < m_actions.size(); ++row) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(0, m_actions[row]->icon());
        item->setData(0, Qt::UserRole, m_actions[row]->objectName());
        showRow(row);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    layout->addWidget(m_list, 1);

    auto *edit = new QHBoxLayout;
    auto *label = new QLabel(tr("&Shortcut:"), this);
    m_key = new QKeySequenceEdit(this);
    m_key->setAccessibleName(tr("Shortcut of the selected action"));
    label->setBuddy(m_key);
    m_reset = new QPushButton(tr("&Default"), this);
    m_reset->setToolTip(tr("Back to the shortcut Galley comes with"));
    auto *clear = new QPushButton(tr("&None"), this);
    edit->addWidget(label);
    edit->addWidget(m_key, 1);
    edit->addWidget(clear);
    edit->addWidget(m_reset);
    layout->addLayout(edit);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Shortcut message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Reset &All"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] { applyChanges(); accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &ShortcutsDialog::resetAll);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const int row = item ? m_list->indexOfTopLevelItem(item) : -1;
        const QSignalBlocker quiet(m_key);
        m_key->setKeySequence(row >= 0 ? m_edited[row].value(0) : QKeySequence());
        m_message->clear();
    });
    connect(m_key, &QKeySequenceEdit::editingFinished, this, [this] {
        const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
        if (row >= 0 && !assign(row, m_key->keySequence())) {
            const QSignalBlocker quiet(m_key);
            m_key->setKeySequence(m_edited[row].value(0));
        }
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            assign(m_list->indexOfTopLevelItem(item), QKeySequence());
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            resetRow(m_list->indexOfTopLevelItem(item));
    });
    if (!m_actions.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    resize(640, 560);
}

void ShortcutsDialog::showRow(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    const QList<QKeySequence> defaults = ShortcutSettings::defaults(m_actions[row]);
    item->setText(0, plainText(m_actions[row]));
    item->setText(1, native(m_edited[row]));
    item->setText(2, native(defaults));
    QFont f = item->font(1);
    f.setBold(m_edited[row] != defaults); // changed by the editor
    item->setFont(1, f);
}

QString ShortcutsDialog::conflictInDialog(int row, const QKeySequence &sequence) const
{
    if (sequence.isEmpty())
        return {};
    if (const QString why = reserved(sequence); !why.isEmpty())
        return why;
    for (int other = 0; other < m_actions.size(); ++other)
        if (other != row && m_edited[other].contains(sequence))
            return tr("%1 is already the shortcut of “%2”.").arg(sequence.toString(QKeySequence::NativeText), plainText(m_actions[other]));
    return {};
}

bool ShortcutsDialog::assign(int row, const QKeySequence &sequence)
{
    if (row < 0 || row >= m_actions.size())
        return false;
    if (const QString why = conflictInDialog(row, sequence); !why.isEmpty()) {
        m_message->setText(why);
        return false;
    }
    m_edited[row] = sequence.isEmpty() ? QList<QKeySequence>{} : QList<QKeySequence>{sequence};
    showRow(row);
    m_message->setText(sequence.isEmpty() ? tr("“%1” has no shortcut now.").arg(plainText(m_actions[row]))
                                          : tr("“%1”: %2").arg(plainText(m_actions[row]), sequence.toString(QKeySequence::NativeText)));
    return true;
}

void ShortcutsDialog::resetRow(int row)
{
    if (row < 0 || row >= m_actions.size())
        return;
    const QList<QKeySequence> defaults = ShortcutSettings::defaults(m_actions[row]);
    for (const QKeySequence &k : defaults)
        if (const QString why = conflictInDialog(row, k); !why.isEmpty()) {
            m_message->setText(why);
            return;
        }
    m_edited[row] = defaults;
    showRow(row);
    selectRow(row);
}

void ShortcutsDialog::resetAll()
{
    for (int row = 0; row < m_actions.size(); ++row) {
        m_edited[row] = ShortcutSettings::defaults(m_actions[row]);
        showRow(row);
    }
    m_message->setText(tr("Every shortcut is back to its default."));
    if (QTreeWidgetItem *item = m_list->currentItem())
        selectRow(m_list->indexOfTopLevelItem(item));
}

void ShortcutsDialog::selectRow(int row)
{
    const QSignalBlocker quiet(m_key);
    m_key->setKeySequence(m_edited.value(row).value(0));
}

void ShortcutsDialog::applyChanges()
{
    for (int row = 0; row < m_actions.size(); ++row)
        if (m_actions[row]->shortcuts() != m_edited[row])
            m_actions[row]->setShortcuts(m_edited[row]);
    QSettings settings;
    ShortcutSettings::save(m_actions, settings);
}

int ShortcutsDialog::rowOf(const QString &objectName) const
{
    for (int row = 0; row < m_actions.size(); ++row)
        if (m_actions[row]->objectName() == objectName)
            return row;
    return -1;
}

QList<QKeySequence> ShortcutsDialog::shortcutsAt(int row) const
{
    return m_edited.value(row);
}

QString ShortcutsDialog::message() const
{
    return m_message->text();
}

} // namespace galley
