#pragma once

#include "project/Project.h"

namespace rc::demo {

/// The project file of the demo city: every table of fuzhou.gpkg as a layer, bottom first, with
/// a readable style and a Chinese name each (they are the city's data, whatever the UI language),
/// the 200,000 events hidden until asked for, and the start view over 鼓楼 and 台江.
class DemoProject
{
public:
  [[nodiscard]] static Project build(const QString &geoPackagePath);
};

} // namespace rc::demo
