package io.renloop.training.internal.recommend;

import io.renloop.employee.EmployeeDetails;
import io.renloop.recruitment.CompetencyModel;
import io.renloop.recruitment.CompetencyModels;
import io.renloop.training.Certificates;
import io.renloop.training.Certificates.CertificateView;
import io.renloop.training.Certificates.Status;
import io.renloop.training.Certificates.TypeView;
import io.renloop.training.Recommendations.Source;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Everything an employee should learn, from every source: the stored needs (AI interview, performance), the
 * position's competency model, and the certificates the position requires that are missing, expiring or expired.
 */
@Component
class EmployeeNeeds {

	private final NeedStore stored;

	private final CompetencyModels models;

	private final Certificates certificates;

	EmployeeNeeds(NeedStore stored, CompetencyModels models, Certificates certificates) {
		this.stored = stored;
		this.models = models;
		this.certificates = certificates;
	}

	List<Need> of(EmployeeDetails employee) {
		List<Need> needs = new ArrayList<>(certificateNeeds(employee));
		needs.addAll(stored.of(employee.id()));
		needs.addAll(positionNeeds(employee));
		return needs;
	}

	private List<Need> certificateNeeds(EmployeeDetails employee) {
		if (employee.positionId() == null) {
			return List.of();
		}
		Map<String, CertificateView> latest = certificates.of(employee.id()).stream()
			.collect(Collectors.toMap(CertificateView::type, Function.identity(), (a, b) -> later(a, b)));
		List<Need> needs = new ArrayList<>();
		for (TypeView type : certificates.types()) {
			if (!type.requiredFor().contains(employee.positionId())) {
				continue;
			}
			CertificateView held = latest.get(type.code());
			Status status = held == null ? Status.MISSING : held.status();
			String key = switch (status) {
				case MISSING -> "training.reason.certificateMissing";
				case EXPIRING -> "training.reason.certificateExpiring";
				case EXPIRED -> "training.reason.certificateExpired";
				case VALID -> null;
			};
			if (key != null) {
				needs.add(new Need(Source.CERTIFICATE, type.name(), null,
						held == null ? "" : String.valueOf(held.expiresOn()), type.code(), key));
			}
		}
		return needs;
	}

	private List<Need> positionNeeds(EmployeeDetails employee) {
		if (employee.positionId() == null) {
			return List.of();
		}
		Optional<CompetencyModel> model = models.find(employee.positionId()).map(v -> v.model());
		if (model.isEmpty()) {
			return List.of();
		}
		List<Need> needs = new ArrayList<>();
		model.get().dimensions().stream()
			.sorted(Comparator.comparing(CompetencyModel.Dimension::weight).reversed())
			.forEach(d -> needs.add(new Need(Source.POSITION, d.name(),
					d.weight().multiply(BigDecimal.valueOf(100)), employee.positionName(), null,
					"training.reason.position")));
		model.get().mustHaves().requiredSkills().forEach(skill -> needs.add(new Need(Source.POSITION, skill, null,
				employee.positionName(), null, "training.reason.positionSkill")));
		return needs;
	}

	private static CertificateView later(CertificateView a, CertificateView b) {
		if (a.expiresOn() == null) {
			return a;
		}
		if (b.expiresOn() == null) {
			return b;
		}
		return a.expiresOn().isAfter(b.expiresOn()) ? a : b;
	}
}
