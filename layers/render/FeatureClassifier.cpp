#include "render/FeatureClassifier.h"

#include <QCoreApplication>

#include <cmath>

namespace rc {

FeatureClassifier::FeatureClassifier(const VectorStyle &style, const Fields &fields, double scale,
                                     Matching matching)
    : m_kind(style.kind), m_matching(matching), m_classes(style.classes)
{
  for (StyleClass &cls : m_classes)
    cls.visible = cls.isVisibleAtScale(scale);
  for (int i = 0; i < fields.size(); ++i)
    if (fields[i].name.compare(style.field, Qt::CaseInsensitive) == 0)
      m_field = i;
  for (qsizetype c = 0; c < m_classes.size(); ++c) {
    const StyleClass &cls = m_classes[c];
    if (m_kind == RendererKind::Categorized && cls.visible && !m_categoryIndex.contains(cls.value))
      m_categoryIndex.insert(cls.value, int(c));
    Expression rule;
    if ((m_kind == RendererKind::RuleBased || m_kind == RendererKind::Sectors) && !cls.isElse) {
      ExpressionError error;
      rule = Expression::parse(cls.filter, &error);
      if (!rule.isValid() || !rule.prepare(fields, &error)) {
        m_problems << QCoreApplication::translate("rc::FeatureClassifier", "rule “%1”: %2")
                          .arg(cls.label, error.message);
        rule = Expression();
      }
    }
    m_rules.push_back(std::move(rule));
  }
}

int FeatureClassifier::classOf(const FeatureStore &store, std::uint32_t f) const
{
  switch (m_kind) {
  case RendererKind::Categorized:
    return m_field < 0 ? -1 : m_categoryIndex.value(store.text(f, m_field), -1);
  case RendererKind::Graduated: {
    if (m_field < 0)
      return -1;
    const double v = store.real(f, m_field);
    if (!std::isfinite(v))
      return -1;
    for (qsizetype c = 0; c < m_classes.size(); ++c) {
      const StyleClass &cls = m_classes[c];
      const bool last = c + 1 == m_classes.size();
      if (cls.visible && v >= cls.lower && (v < cls.upper || (last && v <= cls.upper)))
        return int(c);
    }
    return -1;
  }
  default:
    break;
  }
  int elseClass = -1;
  for (std::size_t c = 0; c < m_rules.size(); ++c) {
    const StyleClass &cls = m_classes[qsizetype(c)];
    if (!cls.visible)
      continue;
    if (cls.isElse) {
      if (elseClass < 0)
        elseClass = int(c);
    } else if (m_rules[c].isValid() && m_rules[c].matches(store, f)) {
      return int(c);
    }
  }
  return elseClass;
}

std::vector<std::vector<std::uint32_t>>
FeatureClassifier::split(const FeatureStore &store, const std::vector<std::uint32_t> &features) const
{
  std::vector<std::vector<std::uint32_t>> result(std::size_t(m_classes.size()));
  const bool allRules = m_kind == RendererKind::RuleBased && m_matching == Matching::AllRules;
  for (std::uint32_t f : features) {
    if (!allRules) {
      const int c = classOf(store, f);
      if (c >= 0)
        result[std::size_t(c)].push_back(f);
      continue;
    }
    bool matched = false;
    for (std::size_t c = 0; c < m_rules.size(); ++c) {
      const StyleClass &cls = m_classes[qsizetype(c)];
      if (cls.visible && !cls.isElse && m_rules[c].isValid() && m_rules[c].matches(store, f)) {
        result[c].push_back(f);
        matched = true;
      }
    }
    if (!matched)
      for (std::size_t c = 0; c < m_rules.size(); ++c)
        if (m_classes[qsizetype(c)].visible && m_classes[qsizetype(c)].isElse)
          result[c].push_back(f);
  }
  return result;
}

} // namespace rc
