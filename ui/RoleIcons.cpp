// SPDX-FileCopyrightText: 2026 The Galley authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleIcons.h"

#include "UiResources.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace galley {

namespace {
QIcon cached(const QString &name)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it == icons.end()) {
        ensureUiResources();
        it = icons.insert(name, QIcon(QStringLiteral(":/galley/icons/%1.svg").arg(name)));
    }
    return *it;
}
struct RoleTexts {
    Role role;
    const char *letter; ///< as drawn in resources/icons/role-<name>.svg
    const char *gutter;
};
constexpr RoleTexts kRoleTexts[] = {
    {Role::Unknown, QT_TRANSLATE_NOOP("RoleIconLetter", "?"), QT_TRANSLATE_NOOP("RoleGutterLabel", "unknown")},
    {Role::Headline, QT_TRANSLATE_NOOP("RoleIconLetter", "H"), QT_TRANSLATE_NOOP("RoleGutterLabel", "headline")},
    {Role::Subheadline, QT_TRANSLATE_NOOP("RoleIconLetter", "SH"), QT_TRANSLATE_NOOP("RoleGutterLabel", "subheadline")},
    {Role::Kicker, QT_TRANSLATE_NOOP("RoleIconLetter", "K"), QT_TRANSLATE_NOOP("RoleGutterLabel", "kicker")},
    {Role::Byline, QT_TRANSLATE_NOOP("RoleIconLetter", "By"), QT_TRANSLATE_NOOP("RoleGutterLabel", "byline")},
    {Role::Lead, QT_TRANSLATE_NOOP("RoleIconLetter", "L"), QT_TRANSLATE_NOOP("RoleGutterLabel", "lead")},
    {Role::Body, QT_TRANSLATE_NOOP("RoleIconLetter", "B"), QT_TRANSLATE_NOOP("RoleGutterLabel", "body")},
    {Role::Caption, QT_TRANSLATE_NOOP("RoleIconLetter", "Ca"), QT_TRANSLATE_NOOP("RoleGutterLabel", "caption")},
    {Role::Credit, QT_TRANSLATE_NOOP("RoleIconLetter", "Cr"), QT_TRANSLATE_NOOP("RoleGutterLabel", "credit")},
    {Role::Table, QT_TRANSLATE_NOOP("RoleIconLetter", "T"), QT_TRANSLATE_NOOP("RoleGutterLabel", "table")},
    {Role::TableTitle, QT_TRANSLATE_NOOP("RoleIconLetter", "TT"), QT_TRANSLATE_NOOP("RoleGutterLabel", "table-title")},
    {Role::Note, QT_TRANSLATE_NOOP("RoleIconLetter", "N"), QT_TRANSLATE_NOOP("RoleGutterLabel", "note")},
    {Role::JumpLine, QT_TRANSLATE_NOOP("RoleIconLetter", "J"), QT_TRANSLATE_NOOP("RoleGutterLabel", "jump-line")},
    {Role::Furniture, QT_TRANSLATE_NOOP("RoleIconLetter", "F"), QT_TRANSLATE_NOOP("RoleGutterLabel", "furniture")},
};

const RoleTexts *textsOf(Role role)
{
    for (const auto &t : kRoleTexts)
        if (t.role == role)
            return &t;
    return &kRoleTexts[0];
}

/// The role's SVG with another letter drawn into it, rendered at the usual icon sizes.
QIcon withLetter(const QString &path, const QString &english, const QString &letter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(path);
    QString svg = QString::fromUtf8(file.readAll());
    svg.replace(QLatin1Char('>') + english + QLatin1String("</text>"), QLatin1Char('>') + letter.toHtmlEscaped() + QLatin1String("</text>"));
    // Han and other letters outside DejaVu: a CJK font next in the list.
    svg.replace(QLatin1String("font-family=\"DejaVu Sans, sans-serif\""),
                QLatin1String("font-family=\"DejaVu Sans, Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif\""));
    QSvgRenderer renderer(svg.toUtf8());
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QString RoleIcons::letter(Role role) { return QCoreApplication::translate("RoleIconLetter", textsOf(role)->letter); }
QString RoleIcons::gutterLabel(Role role) { return QCoreApplication::translate("RoleGutterLabel", textsOf(role)->gutter); }

QIcon RoleIcons::role(Role role)
{
    const QString name = QStringLiteral("role-") + roleName(role);
    const QString english = QString::fromUtf8(textsOf(role)->letter);
    const QString shown = letter(role);
    if (shown == english)
        return cached(name);
    static QHash<QString, QIcon> translated; // by name and letter: a translator may come and go
    const QString key = name + QLatin1Char('/') + shown;
    auto it = translated.find(key);
    if (it == translated.end()) {
        ensureUiResources();
        it = translated.insert(key, withLetter(QStringLiteral(":/galley/icons/%1.svg").arg(name), english, shown));
    }
    return *it;
}
QIcon RoleIcons::status(ReviewStatus status) { return cached(QStringLiteral("status-") + reviewStatusName(status)); }
QIcon RoleIcons::flag() { return cached(QStringLiteral("flag")); }
QIcon RoleIcons::correction() { return cached(QStringLiteral("correction")); }
QIcon RoleIcons::article() { return cached(QStringLiteral("article")); }
QIcon RoleIcons::application() { return cached(QStringLiteral("galley")); }

} // namespace galley
