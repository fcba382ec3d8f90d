#pragma once

#include <QImage>
#include <QString>

namespace rc::test {

/// Compares a rendered image with a control PNG under tests/data/control/<suite>/<name>.png, QGIS
/// style: a per-channel colour tolerance and a number of pixels allowed to differ beyond it. On
/// failure it writes <name>_rendered.png and <name>_diff.png (differing pixels in red) under the
/// build's test output folder so a person can look. With RC_UPDATE_CONTROLS=1 in the environment a
/// missing or differing control is (re)written, for deliberate updates, and every check fails
/// saying which control it wrote: a run with the variable set never passes, so none is mistaken
/// for a green run.
class RenderChecker
{
public:
  RenderChecker(QString suite, QString name);

  void setColorTolerance(int tolerance) { m_colorTolerance = tolerance; }
  void setAllowedMismatch(int pixels) { m_allowedMismatch = pixels; }

  /// True when the image matches; report() then says how closely, or why not.
  [[nodiscard]] bool compare(const QImage &rendered);
  [[nodiscard]] QString report() const { return m_report; }
  [[nodiscard]] int mismatchCount() const { return m_mismatch; }
  [[nodiscard]] QString controlPath() const;

private:
  /// Saves `rendered` as the control; false, with the path in the report.
  bool writeControl(const QImage &rendered);
  /// Reports that the control matched and was kept; false.
  bool leaveControl();

  QString m_suite;
  QString m_name;
  int m_colorTolerance = 8;
  int m_allowedMismatch = 0;
  int m_mismatch = 0;
  QString m_report;
};

} // namespace rc::test
