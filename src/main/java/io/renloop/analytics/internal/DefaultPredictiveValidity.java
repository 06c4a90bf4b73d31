package io.renloop.analytics.internal;

import io.renloop.analytics.DimensionValidity;
import io.renloop.analytics.PredictiveValidity;
import io.renloop.organization.Organization;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.DataScope;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The validity report of the caller's tenant. It shows no person, only correlations over at least
 * {@link #MIN_PAIRS} hires, but they span the whole tenant, so it is for the tenant data scope only.
 */
@Service
@Transactional(readOnly = true)
class DefaultPredictiveValidity implements PredictiveValidity {

	private final ValidityPairs pairs;

	private final Organization organization;

	DefaultPredictiveValidity(ValidityPairs pairs, Organization organization) {
		this.pairs = pairs;
		this.organization = organization;
	}

	@Override
	public List<DimensionValidity> report(UUID positionId) {
		CurrentUser user = CurrentUser.require();
		if (user.dataScope() != DataScope.TENANT) {
			throw new AccessDeniedException("Predictive validity spans the tenant");
		}
		if (positionId != null) {
			requirePosition(positionId);
		}
		return pairs.byDimension(user.tenantId(), positionId)
			.entrySet()
			.stream()
			.map(dimension -> validity(dimension.getKey(),
					RankCorrelation.of(dimension.getValue().interview(), dimension.getValue().performance())))
			.toList();
	}

	private void requirePosition(UUID positionId) {
		try {
			organization.position(positionId);
		}
		catch (NotFoundException ex) {
			throw InvalidFieldsException.of("positionId", "analytics.validity.unknownPosition");
		}
	}

	private static DimensionValidity validity(String dimension, RankCorrelation.Estimate estimate) {
		if (estimate.n() < MIN_PAIRS) {
			return new DimensionValidity(dimension, estimate.n(), null, null, null);
		}
		return new DimensionValidity(dimension, estimate.n(), rounded(estimate.rho()), rounded(estimate.low()),
				rounded(estimate.high()));
	}

	private static Double rounded(Double value) {
		return value == null ? null : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
	}
}
