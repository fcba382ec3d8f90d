#pragma once

#include <QString>

namespace rc {

struct Operator;

/// Decides who may see personal data in clear, outside anything the operator can change: the
/// local role file (RoleFile) on a seat of its own; with the shared database, the database role
/// the seat logs in as (the database's own implementation plugs in here). The client's role
/// setting and $USER never decide it. Implementations are safe to call from any thread.
class UnmaskAuthority
{
public:
  virtual ~UnmaskAuthority() = default;
  /// Why `who` may not unmask, for the operator to read; empty when they may.
  [[nodiscard]] virtual QString refusal(const Operator &who) const = 0;
};

} // namespace rc
