#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rc {

/// Numbers the HJ 212-2017 standard fixes.
namespace hj212 {
inline constexpr int kMaxDataSegment = 1024;
inline constexpr int kMaxMnLength = 24;
inline constexpr int kPasswordLength = 6;
inline constexpr int kVersion2017 = 1; ///< Flag bits 2..7

/// System codes (ST).
namespace st {
inline constexpr int kSurfaceWater = 21;
inline constexpr int kAirQuality = 22;
inline constexpr int kNoise = 23;
inline constexpr int kAirPollutionSource = 31;
inline constexpr int kWaterPollutionSource = 32;
inline constexpr int kFlueGasProcess = 51;
inline constexpr int kSystemInteraction = 91;
} // namespace st

/// Command codes (CN) the console receives or answers.
namespace cn {
inline constexpr int kRealTimeData = 2011;
inline constexpr int kEquipmentStatus = 2021;
inline constexpr int kDailyData = 2031;
inline constexpr int kMinuteData = 2051;
inline constexpr int kHourlyData = 2061;
inline constexpr int kRequestReply = 9011;
inline constexpr int kExecutionResult = 9012;
inline constexpr int kNotificationReply = 9013;
inline constexpr int kDataReply = 9014;
} // namespace cn

/// QnRtn of a 9011 request reply.
enum class QnRtn {
  Ready = 1,
  Refused = 2,
  PasswordError = 3,
  MnError = 4,
  StError = 5,
  FlagError = 6,
  QnError = 7,
  CnError = 8,
  CrcError = 9,
  Unknown = 100,
};

/// True for the CNs that upload measurements (2011, 2051, 2061, 2031).
[[nodiscard]] bool isDataUpload(int cn);

/// The 2017 code of a pollutant; legacy HJ/T 212-2005 codes (011 COD, 060 NH3-N, B01 flow, ...)
/// still sent by old loggers are mapped, any other code is returned as it is.
[[nodiscard]] QString currentPollutantCode(const QString &code);
} // namespace hj212

/// The state of the instrument behind one value (the `-Flag` of a CP item).
enum class Hj212DataFlag : char {
  Normal = 'N',
  Stopped = 'F',
  Maintenance = 'M',
  Manual = 'S',
  Fault = 'D',
  Calibration = 'C',
  OverLimit = 'T',
  CommunicationFault = 'B',
};

[[nodiscard]] std::optional<Hj212DataFlag> hj212DataFlag(QStringView text);

/// One `KEY=value` of a CP group.
struct Hj212Item
{
  QString key;
  QString value;
  friend bool operator==(const Hj212Item &, const Hj212Item &) = default;
};

/// The values of one pollutant in a data upload, read from `code-Rtd`, `code-Avg`, ... items.
struct Hj212PollutantValues
{
  QString code;         ///< the 2017 code, legacy codes mapped
  QString originalCode; ///< as sent
  std::optional<double> rtd, min, avg, max, cou;
  std::optional<Hj212DataFlag> flag;
  bool malformed = false; ///< a value that is not a finite number, or an unknown flag
};

/// One HJ 212 frame's data segment as fields. A plain value: any thread may copy it.
/// CP keeps its structure as sent (groups split by `;`, items by `,`) so a parsed frame builds back
/// byte for byte.
struct Hj212Frame
{
  QString qn; ///< YYYYMMDDhhmmsszzz, Beijing time; empty in legacy frames
  int st = -1;
  int cn = -1;
  QString pw;
  QString mn;
  std::optional<int> flag; ///< absent in legacy (2005) frames
  int packetCount = 0;     ///< PNUM, when split
  int packetNumber = 0;    ///< PNO, 1-based, when split
  QList<QList<Hj212Item>> cp;

  [[nodiscard]] bool acknowledgementRequested() const { return flag.value_or(0) & 1; }
  [[nodiscard]] bool isSplit() const { return flag.value_or(0) & 2; }
  [[nodiscard]] int version() const { return flag.value_or(0) >> 2; }

  /// The value of the first CP item with this key; null when absent.
  [[nodiscard]] QString cpValue(QStringView key) const;
  /// CP's DataTime (Beijing time) as a UTC-convertible QDateTime; invalid when absent or bad.
  [[nodiscard]] QDateTime dataTime() const;
  /// Pollutant values in order of first appearance; DataTime and other non-pollutant items skipped.
  [[nodiscard]] QList<Hj212PollutantValues> pollutants() const;

  /// Appends a `DataTime=` group.
  void setDataTime(const QDateTime &time);
  /// Appends a group `code-Rtd=value,code-Flag=F` (real-time data).
  void addRealTimeValue(const QString &code, double value, Hj212DataFlag flag = Hj212DataFlag::Normal);

  friend bool operator==(const Hj212Frame &, const Hj212Frame &) = default;
};

/// Formats QN (with milliseconds) and DataTime in Beijing time, as HJ 212 wants.
[[nodiscard]] QString hj212QnText(const QDateTime &time);
[[nodiscard]] QString hj212DataTimeText(const QDateTime &time);
/// Parses QN (17 digits) or DataTime (14 digits) as Beijing time; invalid on any other text.
[[nodiscard]] QDateTime hj212Time(QStringView text);
/// A number as HJ 212 writes it: fixed point, no exponent, no trailing zeros.
[[nodiscard]] QString hj212Number(double value);

} // namespace rc
