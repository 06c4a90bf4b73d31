package io.renloop.interview.internal;

import io.renloop.interview.ScorecardDefinition;
import io.renloop.interview.ScorecardDefinition.Rating;
import io.renloop.interview.ScorecardView;
import io.renloop.interview.Scorecards;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class DefaultScorecards implements Scorecards {

	static final String ENTITY = "Scorecard";

	private final ScorecardRepository scorecards;

	private final ScorecardDimensions dimensions;

	private final ScorecardAuthors authors;

	private final Applications applications;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	DefaultScorecards(ScorecardRepository scorecards, ScorecardDimensions dimensions, ScorecardAuthors authors,
			Applications applications, AuditTrail audit, JsonMapper json, Clock clock) {
		this.scorecards = scorecards;
		this.dimensions = dimensions;
		this.authors = authors;
		this.applications = applications;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Saved submit(UUID applicationId, ScorecardDefinition definition) {
		CurrentUser interviewer = Persons.require();
		ApplicationSummary application = applications.application(applicationId);
		authors.requireMayScore(applicationId, interviewer);
		check(definition.ratings(), dimensions.of(application.requisitionId()));
		Instant now = clock.instant();
		Scorecard scorecard = scorecards.findByApplicationIdAndInterviewerId(applicationId, interviewer.userId())
			.orElse(null);
		boolean created = scorecard == null;
		Map<String, Object> before = created ? null : snapshot(view(scorecard));
		if (created) {
			scorecard = new Scorecard(applicationId, application.requisitionId(), interviewer.userId(),
					interviewer.email(), now);
		}
		scorecard.replace(json.writeValueAsString(definition.ratings()), blankToNull(definition.comment()),
				definition.recommendation(), now);
		ScorecardView saved = view(scorecards.save(scorecard));
		audit.recordChange(created ? "CREATE" : "UPDATE", ENTITY, saved.id(), before, snapshot(saved));
		return new Saved(saved, created);
	}

	@Override
	public List<ScorecardView> ofApplication(UUID applicationId) {
		applications.application(applicationId);
		return scorecards.findByApplicationIdOrderByCreatedAt(applicationId).stream().map(this::view).toList();
	}

	@Override
	public List<String> dimensions(UUID applicationId) {
		return dimensions.of(applications.application(applicationId).requisitionId());
	}

	@Override
	public boolean maySubmit(UUID applicationId) {
		applications.application(applicationId);
		return CurrentUser.find().filter(user -> authors.mayScore(applicationId, user)).isPresent();
	}

	private static void check(List<Rating> ratings, List<String> dimensions) {
		List<FieldProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ratings.size(); i++) {
			Rating rating = ratings.get(i);
			String field = "ratings[" + i + "]";
			if (!dimensions.contains(rating.dimension())) {
				problems.add(new FieldProblem(field + ".dimension", "interview.scorecard.unknownDimension",
						rating.dimension(), String.join("、", dimensions)));
			}
			else if (!seen.add(rating.dimension())) {
				problems.add(new FieldProblem(field + ".dimension", "interview.scorecard.dimensionTwice",
						rating.dimension()));
			}
			if (rating.rating() == null || rating.rating() < 1 || rating.rating() > 5) {
				problems.add(new FieldProblem(field + ".rating", "interview.scorecard.ratingRange"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidFieldsException(problems);
		}
	}

	ScorecardView view(Scorecard scorecard) {
		List<Rating> ratings = json.readValue(scorecard.ratings(), new TypeReference<List<Rating>>() {
		});
		return new ScorecardView(scorecard.id(), scorecard.applicationId(), scorecard.interviewer(), ratings,
				scorecard.comment(), scorecard.recommendation(), ScorecardScores.scorecard(ratings),
				scorecard.createdAt(), scorecard.updatedAt());
	}

	private static Map<String, Object> snapshot(ScorecardView scorecard) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("applicationId", scorecard.applicationId());
		state.put("interviewer", scorecard.interviewer());
		state.put("ratings", scorecard.ratings());
		state.put("recommendation", scorecard.recommendation());
		state.put("score", scorecard.score());
		return state;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
