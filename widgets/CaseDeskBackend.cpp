#include "CaseDeskBackend.h"

#include "domain/ops/OpsDatabase.h"

namespace rc {

CaseDeskBackend::CaseDeskBackend(const QString &dataPath, const EventWorkflow::Clock &clock)
    : m_database(std::make_unique<OpsDatabase>(OpsDatabase::pathBeside(dataPath))),
      m_grids(std::make_unique<GridLocator>(GridLocator::loadGrids(dataPath))),
      m_workflow(std::make_unique<EventWorkflow>(*m_database, *m_grids, TimeLimits(), clock))
{}

CaseDeskBackend::~CaseDeskBackend() = default;

void CaseDeskBackend::list(CaseDeskReply &reply) const
{
  const CaseStore &store = m_workflow->cases();
  reply.cases = store.open();
  for (CaseState finished : {CaseState::Closed, CaseState::Evaluated, CaseState::Voided})
    reply.cases += store.inState(finished);
  reply.now = m_workflow->now();
  reply.listed = true;
}

} // namespace rc
