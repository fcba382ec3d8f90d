#pragma once

#include <QString>

#include <optional>

namespace rc {

/// A water level judged against its station's warning (WRZ) and guaranteed (GRZ) levels, or a
/// reservoir's against its flood-season limit (FSLTDZ, passed as the warning level).
enum class LevelState { Normal, AboveWarning, AboveGuaranteed };

[[nodiscard]] inline LevelState levelState(double z, std::optional<double> warning,
                                           std::optional<double> guaranteed)
{
  if (guaranteed && z > *guaranteed)
    return LevelState::AboveGuaranteed;
  if (warning && z > *warning)
    return LevelState::AboveWarning;
  return LevelState::Normal;
}

/// The stored value of a station's `level_state` attribute, which the map styles match on.
[[nodiscard]] inline QString levelStateName(LevelState state)
{
  switch (state) {
  case LevelState::AboveGuaranteed:
    return QStringLiteral("guaranteed");
  case LevelState::AboveWarning:
    return QStringLiteral("warning");
  case LevelState::Normal:
    break;
  }
  return QStringLiteral("normal");
}

} // namespace rc
