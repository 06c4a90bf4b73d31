package io.renloop.payroll.internal.structure;

import io.renloop.payroll.PayGroupView;
import io.renloop.payroll.PayGroups;
import io.renloop.payroll.SavePayGroup;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.TenantContext;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultPayGroups implements PayGroups {

	private final PayGroupStore store;

	private final AuditTrail audit;

	DefaultPayGroups(PayGroupStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PayGroupView> list() {
		return store.list(TenantContext.require());
	}

	@Override
	@Transactional
	public PayGroupView save(String code, SavePayGroup command) {
		if (!code.matches("[A-Z0-9_]{1,40}")) {
			throw InvalidFieldsException.of("code", "payroll.code.invalid", code);
		}
		String tenantId = TenantContext.require();
		var existing = store.byCode(tenantId, code);
		PayGroupView saved = new PayGroupView(existing.map(PayGroupView::id).orElseGet(UUID::randomUUID), code,
				command.name().strip(), command.regionCode(), command.calendarId(), "MONTHLY",
				command.bankTemplate() != null ? command.bankTemplate()
						: existing.map(PayGroupView::bankTemplate).orElse("GENERIC"));
		if (existing.isPresent()) {
			store.update(tenantId, saved);
		}
		else {
			store.insert(tenantId, saved);
		}
		audit.recordChange(existing.isPresent() ? "UPDATE" : "CREATE", "PayGroup", saved.id(), existing.orElse(null),
				saved);
		return saved;
	}
}
