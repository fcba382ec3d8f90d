#pragma once

#include "style/ExpressionNodes.h"

#include <QStringView>

namespace rc {

/// A function call's arguments, evaluated only when asked for, so that if() and coalesce() skip
/// the branches they don't take. Ask for each argument at most once.
class FunctionArguments
{
public:
  FunctionArguments(std::span<const ExpressionNodePtr> nodes, const EvaluationContext &context)
      : m_nodes(nodes), m_context(context)
  {}
  [[nodiscard]] std::size_t count() const { return m_nodes.size(); }
  [[nodiscard]] ExpressionValue operator[](std::size_t index) const
  {
    return m_nodes[index]->evaluate(m_context);
  }

private:
  std::span<const ExpressionNodePtr> m_nodes;
  const EvaluationContext &m_context;
};

/// One built-in function of the expression language. The table is static and immutable.
struct FunctionDefinition
{
  static constexpr int kAnyCount = -1;

  QStringView name; ///< lower case; calls match it case-insensitively
  int minArguments;
  int maxArguments; ///< kAnyCount for variadic functions
  ExpressionValue (*call)(const FunctionArguments &arguments);
};

/// The built-in function of that name, case-insensitively; nullptr when there is none.
[[nodiscard]] const FunctionDefinition *findFunction(QStringView name);

} // namespace rc
