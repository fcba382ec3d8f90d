#pragma once

#include "data/Field.h"
#include "style/ExpressionNodes.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace rc {

class FeatureStore;

/// What is wrong with an expression, and where, for the expression dialog to underline. Positions
/// and lengths are in UTF-16 code units (QString indexes) of the expression text; the length is 0
/// when the problem is the end of the text.
struct ExpressionError
{
  QString message;
  int position = -1;
  int length = 0;
};

/// A field as the expression names it, and where.
struct ExpressionFieldReference
{
  QString name;
  int position = 0;
  int length = 0;
};

/// An attribute expression, the SQL-like subset of QGIS expressions that drives filters,
/// rule-based styles, attribute-table filters and labels:
///   "district" = '鼓楼区' AND "house_no" > 100
///   lower(name) LIKE '%路' OR $id IN (1, 2, 3)
///
/// Literals: integers, reals, 'strings' ('' is a quote), TRUE, FALSE, NULL. Fields: bare names
/// (any Unicode letters, digits, _) or "double-quoted" (any text, "" is a quote), matched to the
/// layer's fields exactly, else ignoring case. $id is the feature's FID. Operators, loosest first:
/// OR; AND; NOT; comparisons = <> != < <= > >=, IS [NOT] NULL, [NOT] IN (...),
/// [NOT] BETWEEN a AND b, [NOT] LIKE / ILIKE; ||; + -; * / %; unary minus. Functions, named in any
/// case: lower upper length substr concat coalesce round abs floor ceil min max to_int to_real
/// to_string starts_with contains regexp_match if.
///
/// NULL follows SQL's three-valued logic: NULL = x is NULL, NULL AND FALSE is FALSE, and a filter
/// keeps a feature only when the result is TRUE. How mixed numbers and texts compare is written at
/// compareValues(). Dividing by zero, and arithmetic on text that is not a number, give NULL.
///
/// A value class: copies share the immutable parsed tree. parse() and prepare() belong to the
/// owner's thread; once prepared, evaluate() and matches() are const and touch no shared mutable
/// state, so any number of threads may evaluate one Expression at once.
class Expression
{
public:
  /// An invalid expression.
  Expression() = default;

  /// Parses the text; on error returns an invalid expression and, when given, fills *error.
  [[nodiscard]] static Expression parse(const QString &text, ExpressionError *error = nullptr);

  [[nodiscard]] bool isValid() const { return m_root != nullptr; }
  [[nodiscard]] const QString &text() const { return m_text; }
  /// The distinct fields the expression reads, in order of first mention, spelled as written.
  [[nodiscard]] QStringList referencedFields() const;
  [[nodiscard]] const QList<ExpressionFieldReference> &fieldReferences() const { return m_references; }

  /// Binds the field references to the columns of a store with these fields. Fails on an invalid
  /// expression (repeating the parse error) and on an unknown field, reported where it is named.
  [[nodiscard]] bool prepare(const Fields &fields, ExpressionError *error = nullptr);
  /// True once prepare() succeeded, or from parse() on when no field is referenced.
  [[nodiscard]] bool isPrepared() const { return m_prepared; }

  /// The value for one feature of a store with the fields given to prepare(): an invalid QVariant
  /// for NULL, else a bool, qint64, double or QString. NULL when not prepared.
  [[nodiscard]] QVariant evaluate(const FeatureStore &store, std::size_t feature) const;
  /// Whether the expression is TRUE for the feature; FALSE and NULL (and not prepared) are false.
  [[nodiscard]] bool matches(const FeatureStore &store, std::size_t feature) const;

private:
  QString m_text;
  std::shared_ptr<const ExpressionNode> m_root;
  ExpressionError m_parseError;
  QList<ExpressionFieldReference> m_references;
  std::vector<FieldBinding> m_bindings; ///< one per reference, after prepare()
  bool m_prepared = false;
};

/// The features of the store for which a prepared expression is TRUE, in ascending order.
/// Evaluates in chunks on the global thread pool, with the calling thread working too; progress
/// (0..1) is reported on the calling thread only. When *cancel turns true the work stops early and
/// the result is empty. An invalid or unprepared expression matches nothing.
[[nodiscard]] std::vector<std::uint32_t> filterFeatures(const Expression &expression,
                                                        const FeatureStore &store,
                                                        const std::function<void(double)> &progress = {},
                                                        const std::atomic_bool *cancel = nullptr);

} // namespace rc
