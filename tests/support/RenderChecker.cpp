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
  const QImage rendered = renderedImage.convertToFormat(QImage::Format_ARGB32);
  const bool update = qEnvironmentVariableIntValue("RC_UPDATE_CONTROLS") == 1;
  const QImage control = QImage(controlPath()).convertToFormat(QImage::Format_ARGB32);
  const QString outDir = QStringLiteral(RC_TEST_OUTPUT_DIR) + u'/' + m_suite;
  QDir().mkpath(outDir);

  if (control.isNull() || control.size() != rendered.size()) {
    if (update) {
      QDir().mkpath(QFileInfo(controlPath()).absolutePath());
      rendered.save(controlPath());
      m_report = u"control written: "_s + controlPath();
      return true;
    }
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
  if (m_mismatch <= m_allowedMismatch)
    return true;
  if (update) {
    rendered.save(controlPath());
    m_report += u"; control rewritten"_s;
    return true;
  }
  rendered.save(outDir + u'/' + m_name + u"_rendered.png"_s);
  diff.save(outDir + u'/' + m_name + u"_diff.png"_s);
  m_report += u"; see "_s + outDir;
  return false;
}

} // namespace rc::test
