#include "RenderChecker.h"

#include <QDir>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace rc::test {

RenderChecker::RenderChecker(QString suite, QString name) : m_suite(std::move(suite)), m_name(std::move(name))
{}

QString RenderChecker::controlPath() const
{
  return QStringLiteral(RC_TEST_DATA_DIR) + u"/control/"_s + m_suite + u'/' + m_name + u".png"_s;
}

bool RenderChecker::compare(const QImage &renderedImage)
{
  m_report.clear();
  const QImage rendered = renderedImage.convertToFormat(QImage::Format_ARGB32);
  const bool update = qEnvironmentVariableIntValue("RC_UPDATE_CONTROLS") == 1;
  const QImage control = QImage(controlPath()).convertToFormat(QImage::Format_ARGB32);
  const QString outDir = QStringLiteral(RC_TEST_OUTPUT_DIR) + u'/' + m_suite;
  QDir().mkpath(outDir);

  if (control.isNull() || control.size() != rendered.size()) {
    if (update)
      return writeControl(rendered);
    rendered.save(outDir + u'/' + m_name + u"_rendered.png"_s);
    m_report = control.isNull() ? u"no control image at "_s + controlPath()
                                : u"size %1x%2 differs from control %3x%4"_s.arg(rendered.width())
                                      .arg(rendered.height())
                                      .arg(control.width())
                                      .arg(control.height());
    return false;
  }

  QImage diff(rendered.size(), QImage::Format_ARGB32);
  diff.fill(Qt::white);
  m_mismatch = 0;
  int worst = 0;
  for (int y = 0; y < rendered.height(); ++y) {
    const auto *r = reinterpret_cast<const QRgb *>(rendered.constScanLine(y));
    const auto *c = reinterpret_cast<const QRgb *>(control.constScanLine(y));
    auto *d = reinterpret_cast<QRgb *>(diff.scanLine(y));
    for (int x = 0; x < rendered.width(); ++x) {
      const int delta =
          std::max({std::abs(qRed(r[x]) - qRed(c[x])), std::abs(qGreen(r[x]) - qGreen(c[x])),
                    std::abs(qBlue(r[x]) - qBlue(c[x])), std::abs(qAlpha(r[x]) - qAlpha(c[x]))});
      worst = std::max(worst, delta);
      if (delta > m_colorTolerance) {
        ++m_mismatch;
        d[x] = qRgb(255, 0, 0);
      } else {
        d[x] = qRgb(200 + qGray(c[x]) / 5, 200 + qGray(c[x]) / 5, 200 + qGray(c[x]) / 5);
      }
    }
  }
  m_report = u"%1: %2 pixels beyond tolerance %3 (allowed %4), largest channel difference %5"_s.arg(m_name)
                 .arg(m_mismatch)
                 .arg(m_colorTolerance)
                 .arg(m_allowedMismatch)
                 .arg(worst);
  if (update)
    return m_mismatch <= m_allowedMismatch ? leaveControl() : writeControl(rendered);
  if (m_mismatch <= m_allowedMismatch)
    return true;
  rendered.save(outDir + u'/' + m_name + u"_rendered.png"_s);
  diff.save(outDir + u'/' + m_name + u"_diff.png"_s);
  m_report += u"; see "_s + outDir;
  return false;
}

bool RenderChecker::writeControl(const QImage &rendered)
{
  QDir().mkpath(QFileInfo(controlPath()).absolutePath());
  const bool saved = rendered.save(controlPath());
  m_report += (m_report.isEmpty() ? QString() : u"; "_s) +
              (saved ? u"RC_UPDATE_CONTROLS is set: control written to "_s
                     : u"RC_UPDATE_CONTROLS is set: cannot write "_s) +
              controlPath() +
              u"; the check fails so that a run that wrote controls never passes: look at the image, "_s
              u"commit it and run again without the variable"_s;
  return false;
}

bool RenderChecker::leaveControl()
{
  m_report += u"; RC_UPDATE_CONTROLS is set: "_s + controlPath() +
              u" matches and was left alone; the check fails so that a run with the variable never passes"_s;
  return false;
}

} // namespace rc::test
