#pragma once

#include "style/Symbol.h"

#include <QJsonObject>
#include <QStringList>

namespace rc {

/// VectorStyle to and from the JSON kept in project files. Reading never fails: unknown or damaged
/// members keep their defaults and are listed in `problems`, so a damaged style still opens.
[[nodiscard]] QJsonObject styleToJson(const VectorStyle &style);
[[nodiscard]] VectorStyle styleFromJson(const QJsonObject &json, const VectorStyle &defaults,
                                        QStringList *problems);

} // namespace rc
