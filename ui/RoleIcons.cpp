#include "RoleIcons.h"

#include "UiResources.h"

#include <QHash>

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
} // namespace

QIcon RoleIcons::role(Role role) { return cached(QStringLiteral("role-") + roleName(role)); }
QIcon RoleIcons::status(ReviewStatus status) { return cached(QStringLiteral("status-") + reviewStatusName(status)); }
QIcon RoleIcons::flag() { return cached(QStringLiteral("flag")); }
QIcon RoleIcons::correction() { return cached(QStringLiteral("correction")); }
QIcon RoleIcons::article() { return cached(QStringLiteral("article")); }
QIcon RoleIcons::application() { return cached(QStringLiteral("galley")); }

} // namespace galley
