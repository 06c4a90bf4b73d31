package io.renloop.recruitment.internal;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.recruitment.EntityType;
import io.renloop.recruitment.ParsedResume;
import io.renloop.recruitment.ParsedResume.Education;
import io.renloop.recruitment.ParsedResume.Entity;
import io.renloop.recruitment.ParsedResume.Experience;
import io.renloop.recruitment.ResumeFile;
import io.renloop.recruitment.ResumeParser;
import io.renloop.recruitment.internal.EntityTagger.TaggedSpan;
import io.renloop.recruitment.internal.ResumeSections.Section;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Redacts protected attributes, tags entities, then reads the profile from sections, entities and lexicons.
 * Lexicons, the tagger model and Tika are loaded once; parsing keeps no state, so one instance serves all
 * threads.
 */
@Service
class DefaultResumeParser implements ResumeParser {

	private static final Set<String> REPORTED = Set.copyOf(EnumSet.allOf(EntityType.class).stream().map(Enum::name).toList());

	private final Lexicons lexicons;

	private final EntityTagger tagger;

	private final DocumentText documents;

	private final EducationReader educationReader;

	private final ExperienceReader experienceReader;

	private final LatinEntities latinEntities;

	private final Clock clock;

	@Autowired
	DefaultResumeParser(Clock clock) {
		this(Lexicons.load(), clock);
	}

	DefaultResumeParser(Lexicons lexicons, Clock clock) {
		this.lexicons = lexicons;
		this.tagger = EntityTagger.load(lexicons);
		this.documents = new DocumentText();
		this.educationReader = new EducationReader(lexicons);
		this.experienceReader = new ExperienceReader(lexicons);
		this.latinEntities = new LatinEntities(lexicons);
		this.clock = clock;
	}

	@Override
	public ParsedResume parse(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidFieldsException.of("text", "resume.text.required");
		}
		if (text.length() > MAX_TEXT_CHARS) {
			throw InvalidFieldsException.of("text", "resume.text.tooLong", MAX_TEXT_CHARS);
		}
		return profile(ProtectedAttributes.redact(text));
	}

	@Override
	public ParsedResume parse(ResumeFile file) {
		return profile(ProtectedAttributes.redact(documents.extract(file)));
	}

	private ParsedResume profile(String redacted) {
		List<Section> sections = ResumeSections.split(redacted);
		List<Entity> entities = entities(redacted, sections);
		List<Experience> experience = experienceReader.read(redacted, sections, entities);
		List<Education> education = educationReader.read(redacted, sections, entities);
		String name = ContactDetails.name(redacted, sections);
		addName(name, redacted, entities);
		return new ParsedResume(name, ContactDetails.phone(redacted),
				ContactDetails.email(redacted), education, experience, YearsOfExperience.total(experience, clock),
				KeywordReader.skills(lexicons, sections), KeywordReader.certificates(lexicons, sections),
				KeywordReader.languages(lexicons, sections), entities);
	}

	/** A name read from a label or the first line is an entity too, where the tagger did not mark it. */
	private static void addName(String name, String redacted, List<Entity> entities) {
		if (name == null || entities.stream().anyMatch(e -> e.type() == EntityType.NAME && e.text().equals(name))) {
			return;
		}
		int start = redacted.indexOf(name);
		int end = start + name.length();
		if (start >= 0 && entities.stream().noneMatch(e -> e.start() < end && start < e.end())) {
			entities.add(new Entity(EntityType.NAME, name, start, end));
			entities.sort(Comparator.comparingInt(Entity::start));
		}
	}

	private List<Entity> entities(String redacted, List<Section> sections) {
		List<Entity> entities = new ArrayList<>();
		for (TaggedSpan span : tagger.tag(redacted)) {
			String text = redacted.substring(span.start(), span.end());
			if (REPORTED.contains(span.type()) && !text.isBlank() && !text.contains("@") && !lexicons.skills().contains(text)) {
				entities.add(new Entity(EntityType.valueOf(span.type()), text, span.start(), span.end()));
			}
		}
		for (Entity latin : latinEntities.find(sections)) {
			if (entities.stream().noneMatch(e -> e.start() < latin.end() && latin.start() < e.end())) {
				entities.add(latin);
			}
		}
		entities.sort(Comparator.comparingInt(Entity::start));
		return entities;
	}
}
