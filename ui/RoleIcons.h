#pragma once
// RoleIcons: the icons of the article panel — one per piece role, per review status, and the flag
// and correction marks. SVG files in resources/icons (crisp at every device pixel ratio).
#include "model/ReviewStatus.h"
#include "model/Role.h"

#include <QIcon>

namespace galley {

class RoleIcons {
public:
    static QIcon role(Role role);
    static QIcon status(ReviewStatus status);
    static QIcon flag();
    static QIcon correction();
    static QIcon article();
    static QIcon application();
};

} // namespace galley
