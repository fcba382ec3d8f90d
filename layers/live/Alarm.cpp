#include "live/Alarm.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rc {

namespace {

constexpr AlarmRule kRules[] = {AlarmRule::AboveWarningLevel,  AlarmRule::AboveGuaranteedLevel,
                                AlarmRule::AboveFloodLimit,    AlarmRule::Rainfall1h,
                                AlarmRule::Rainfall3h,         AlarmRule::Rainfall24h,
                                AlarmRule::PollutantOverLimit, AlarmRule::PollutantFlaggedOverLimit,
                                AlarmRule::SensorSilent};

} // namespace

std::span<const AlarmRule> alarmRules()
{
  return kRules;
}

QString alarmRuleName(AlarmRule rule)
{
  switch (rule) {
  case AlarmRule::AboveWarningLevel:
    return u"above-wrz"_s;
  case AlarmRule::AboveGuaranteedLevel:
    return u"above-grz"_s;
  case AlarmRule::AboveFloodLimit:
    return u"above-fsltdz"_s;
  case AlarmRule::Rainfall1h:
    return u"rain-1h"_s;
  case AlarmRule::Rainfall3h:
    return u"rain-3h"_s;
  case AlarmRule::Rainfall24h:
    return u"rain-24h"_s;
  case AlarmRule::PollutantOverLimit:
    return u"pollutant-over-limit"_s;
  case AlarmRule::PollutantFlaggedOverLimit:
    return u"pollutant-flag-t"_s;
  case AlarmRule::SensorSilent:
    return u"sensor-silent"_s;
  }
  return {};
}

std::optional<AlarmRule> alarmRule(QStringView name)
{
  for (const AlarmRule rule : kRules)
    if (alarmRuleName(rule) == name)
      return rule;
  return std::nullopt;
}

QString alarmStateName(AlarmState state)
{
  switch (state) {
  case AlarmState::Raised:
    return u"raised"_s;
  case AlarmState::Acknowledged:
    return u"acknowledged"_s;
  case AlarmState::Cleared:
    return u"cleared"_s;
  }
  return {};
}

std::optional<AlarmState> alarmState(QStringView name)
{
  for (const AlarmState state : {AlarmState::Raised, AlarmState::Acknowledged, AlarmState::Cleared})
    if (alarmStateName(state) == name)
      return state;
  return std::nullopt;
}

QString alarmEventName(AlarmEvent event)
{
  switch (event) {
  case AlarmEvent::Raised:
    return u"raised"_s;
  case AlarmEvent::Acknowledged:
    return u"acknowledged"_s;
  case AlarmEvent::Escalated:
    return u"escalated"_s;
  case AlarmEvent::ReturnedToNormal:
    return u"returned-to-normal"_s;
  case AlarmEvent::ActiveAgain:
    return u"active-again"_s;
  case AlarmEvent::Cleared:
    return u"cleared"_s;
  }
  return {};
}

QString alarmRuleTitle(AlarmRule rule)
{
  switch (rule) {
  case AlarmRule::AboveWarningLevel:
    return QCoreApplication::translate("rc::Alarm", "water level above warning level");
  case AlarmRule::AboveGuaranteedLevel:
    return QCoreApplication::translate("rc::Alarm", "water level above guaranteed level");
  case AlarmRule::AboveFloodLimit:
    return QCoreApplication::translate("rc::Alarm", "reservoir above flood-season limit");
  case AlarmRule::Rainfall1h:
    return QCoreApplication::translate("rc::Alarm", "heavy rain in 1 hour");
  case AlarmRule::Rainfall3h:
    return QCoreApplication::translate("rc::Alarm", "heavy rain in 3 hours");
  case AlarmRule::Rainfall24h:
    return QCoreApplication::translate("rc::Alarm", "heavy rain in 24 hours");
  case AlarmRule::PollutantOverLimit:
    return QCoreApplication::translate("rc::Alarm", "pollutant over its limit");
  case AlarmRule::PollutantFlaggedOverLimit:
    return QCoreApplication::translate("rc::Alarm", "analyser reports over limit");
  case AlarmRule::SensorSilent:
    return QCoreApplication::translate("rc::Alarm", "sensor silent");
  }
  return {};
}

} // namespace rc
