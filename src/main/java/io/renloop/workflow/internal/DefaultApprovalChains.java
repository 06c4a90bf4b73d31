package io.renloop.workflow.internal;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import io.renloop.workflow.ApprovalChain;
import io.renloop.workflow.ApprovalChain.Source;
import io.renloop.workflow.ApprovalChainStep;
import io.renloop.workflow.ApprovalChains;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.bpmn.model.Process;
import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenants' chains: configured steps are validated, stored and audited; uploaded BPMN is checked
 * ({@link UploadedBpmn}) and deployed for the tenant. A chain of steps is compiled and deployed when an approval starts
 * ({@link CompiledChainDeployments}).
 */
@Service
class DefaultApprovalChains implements ApprovalChains {

	private final ChainStore store;

	private final RepositoryService repository;

	private final WorkflowClock clock;

	private final AuditTrail audit;

	DefaultApprovalChains(ChainStore store, RepositoryService repository, WorkflowClock clock, AuditTrail audit) {
		this.store = store;
		this.repository = repository;
		this.clock = clock;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public ApprovalChain chain(String subjectType) {
		SubjectTypes.require(subjectType);
		return stored(TenantContext.require(), subjectType).map(s -> s.bpmnXml() != null
				? new ApprovalChain(subjectType, Source.BPMN, List.of())
				: new ApprovalChain(subjectType, Source.CONFIGURED, s.steps()))
			.orElseGet(() -> new ApprovalChain(subjectType, Source.DEFAULT, DefaultChains.of(subjectType)));
	}

	@Override
	@Transactional
	public ApprovalChain configure(String subjectType, List<ApprovalChainStep> steps) {
		SubjectTypes.require(subjectType);
		List<ApprovalChainStep> valid = ChainValidation.validated(steps);
		String tenantId = TenantContext.require();
		ApprovalChain before = chain(subjectType);
		store.saveSteps(tenantId, subjectType, valid, actor(), clock.now());
		ApprovalChain after = new ApprovalChain(subjectType, Source.CONFIGURED, valid);
		audit.recordChange("UPDATE", "ApprovalChain", subjectType, before, after);
		return after;
	}

	@Override
	@Transactional
	public ApprovalChain uploadBpmn(String subjectType, byte[] bpmnXml) {
		SubjectTypes.require(subjectType);
		String tenantId = TenantContext.require();
		Process process = UploadedBpmn.validated(bpmnXml);
		repository.createDeployment()
			.name("approval-" + subjectType + "-bpmn")
			.tenantId(tenantId)
			.addBytes(subjectType + ".bpmn20.xml", bpmnXml)
			.deploy();
		store.saveBpmn(tenantId, subjectType, new String(bpmnXml, StandardCharsets.UTF_8), process.getId(), actor(),
				clock.now());
		audit.recordChange("UPLOAD_BPMN", "ApprovalChain", subjectType, null,
				Map.of("processKey", process.getId(), "bytes", bpmnXml.length));
		return new ApprovalChain(subjectType, Source.BPMN, List.of());
	}

	Optional<ChainStore.StoredChain> stored(String tenantId, String subjectType) {
		return store.find(tenantId, subjectType);
	}

	private static String actor() {
		return CurrentUser.find().map(CurrentUser::email).orElse("system");
	}
}
