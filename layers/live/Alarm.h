#pragma once

#include <QDateTime>
#include <QString>

#include <optional>
#include <span>

namespace rc {

/// What an alarm watches. The names are stored in the alarm database: never rename one.
enum class AlarmRule {
  AboveWarningLevel,    ///< river Z > WRZ (警戒水位)
  AboveGuaranteedLevel, ///< river Z > GRZ (保证水位)
  AboveFloodLimit,      ///< reservoir RZ > FSLTDZ (汛限水位) within its season window
  Rainfall1h,
  Rainfall3h,
  Rainfall24h,
  PollutantOverLimit,        ///< a pollutant value beyond its discharge limit
  PollutantFlaggedOverLimit, ///< the analyser itself flags the value T (over limit)
  SensorSilent,              ///< no reading for the policy's silence interval
};

enum class AlarmSeverity { Warning = 1, Critical = 2 };

/// raised → acknowledged → cleared. An alarm whose condition ends before anyone acknowledged it
/// stays raised (conditionActive false) until acknowledged, so no alarm goes unseen.
enum class AlarmState { Raised, Acknowledged, Cleared };

/// What happened to an alarm; one row of the alarm log per event.
enum class AlarmEvent { Raised, Acknowledged, Escalated, ReturnedToNormal, ActiveAgain, Cleared };

/// Every rule, in the order operators see them listed.
[[nodiscard]] std::span<const AlarmRule> alarmRules();
[[nodiscard]] QString alarmRuleName(AlarmRule rule);
[[nodiscard]] std::optional<AlarmRule> alarmRule(QStringView name);
[[nodiscard]] QString alarmStateName(AlarmState state);
[[nodiscard]] std::optional<AlarmState> alarmState(QStringView name);
[[nodiscard]] QString alarmEventName(AlarmEvent event);
/// The rule as operators read it, translated ("above warning level").
[[nodiscard]] QString alarmRuleTitle(AlarmRule rule);

/// One alarm and its whole lifecycle. A plain value: copies travel in signals to any thread.
struct Alarm
{
  qint64 id = 0; ///< the alarm database's key; 0 before it is stored
  AlarmRule rule = AlarmRule::AboveWarningLevel;
  QString source;    ///< STCD or MN
  QString parameter; ///< pollutant code; empty for hydrological rules
  AlarmSeverity severity = AlarmSeverity::Warning;
  AlarmState state = AlarmState::Raised;
  bool conditionActive = true;
  double value = 0;     ///< the latest value judged
  double threshold = 0; ///< the limit it was judged against
  double peak = 0;      ///< the worst value while open
  QDateTime raisedAt, acknowledgedAt, clearedAt, escalatedAt, normalSince;
  QString acknowledgedBy, acknowledgementNote;
  int escalationLevel = 0;

  [[nodiscard]] bool isOpen() const { return state != AlarmState::Cleared; }
  /// Identifies the condition: one open alarm per key at a time.
  [[nodiscard]] QString key() const { return alarmKey(rule, source, parameter); }
  [[nodiscard]] static QString alarmKey(AlarmRule rule, const QString &source, const QString &parameter)
  {
    return alarmRuleName(rule) + u'|' + source + u'|' + parameter;
  }
};

} // namespace rc
