/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.interchange.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.interchange.ContactFormat;
import org.rapport.core.interchange.ContactPhotos;
import org.rapport.core.interchange.ContactRecord;
import org.rapport.core.interchange.InterchangeException;
import org.rapport.core.interchange.ParsedContacts;
import org.rapport.core.interchange.RelatedPerson;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.Text;
import org.rapport.core.internal.interchange.TextDecoding;
import org.rapport.core.interchange.ContactRecord.Kind;
import org.rapport.model.PostalAddress;
import org.rapport.model.contacts.PartialDate;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.RelatedType;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Nickname;
import ezvcard.property.Photo;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;

/**
 * Reads vCard files (2.1, 3.0 and 4.0, any mix) with ez-vcard.
 * <ul>
 * <li>{@code N} gives the name's five parts ({@code FN} split when there is no {@code N}); {@code NICKNAME},
 * {@code ORG} (the organization and its unit), {@code TITLE}, {@code NOTE}, {@code CATEGORIES} (tags) and
 * {@code UID} are read.</li>
 * <li>{@code EMAIL}, {@code TEL}, {@code URL} (and Apple's {@code X-SOCIALPROFILE}) and {@code ADR} (by its parts)
 * keep their type (work, home, cell as mobile, any other word as a custom label) and whether they are preferred
 * ({@code PREF=1}, {@code TYPE=pref}). Apple's grouped items ({@code item1.URL} with
 * {@code item1.X-ABLabel:Portfolio}) give their label as the type.</li>
 * <li>{@code BDAY} with or without the year ({@code --0714}, or Apple's {@code X-APPLE-OMIT-YEAR}),
 * {@code ANNIVERSARY}, Apple's labelled {@code X-ABDATE} and {@code X-ANNIVERSARY} become the birthday and
 * important dates.</li>
 * <li>{@code PHOTO} inside the card (base64 in 2.1 and 3.0, a {@code data:} URI in 4.0) is downscaled by
 * {@link ContactPhotos}; a photo URL is not fetched.</li>
 * <li>{@code RELATED} (4.0) and Apple's {@code X-ABRELATEDNAMES}: "introduced by" relations name the introducer,
 * the others become related people with their label.</li>
 * <li>Apple's labelled values the model has no field for become note lines, "Label: value". {@code LOGO},
 * {@code SOUND}, {@code KEY} and unknown {@code X-} properties are ignored without failing; a card the file ends
 * in the middle of (no {@code END:VCARD}) is rejected.</li>
 * </ul>
 */
public class VCardImporter implements ContactImporter {

	private static final Pattern BEGIN_OR_END = Pattern.compile("^(?:[^.:;\\r\\n]+\\.)?(BEGIN|END):VCARD[ \\t]*\\r?$", //$NON-NLS-1$
			Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
	/** Apple wraps its standard labels: {@code _$!<HomePage>!$_}. */
	private static final Pattern APPLE_LABEL = Pattern.compile("^_\\$!<(.*)>!\\$_$"); //$NON-NLS-1$

	private static final String X_AB_LABEL = "X-ABLABEL"; //$NON-NLS-1$
	private static final String X_AB_RELATED_NAMES = "X-ABRELATEDNAMES"; //$NON-NLS-1$
	private static final String X_SOCIAL_PROFILE = "X-SOCIALPROFILE"; //$NON-NLS-1$
	private static final String X_AB_DATE = "X-ABDATE"; //$NON-NLS-1$
	private static final String X_ANNIVERSARY = "X-ANNIVERSARY"; //$NON-NLS-1$
	private static final String X_APPLE_OMIT_YEAR = "X-APPLE-OMIT-YEAR"; //$NON-NLS-1$
	private static final String ANNIVERSARY = "Anniversary"; //$NON-NLS-1$

	@Override
	public ContactFormat getFormat() {
		return ContactFormat.VCARD;
	}

	@Override
	public ParsedContacts read(InputStream in, String sourceName, IProgressMonitor monitor)
			throws IOException, InterchangeException {
		TextDecoding.Decoded decoded = TextDecoding.decode(in.readAllBytes());
		String text = decoded.text();
		if (text.isBlank()) {
			throw new InterchangeException(Messages.bind(Messages.Read_empty, sourceName), 0, null);
		}
		List<CardSpan> spans = cardSpans(text);
		if (spans.isEmpty()) {
			throw new InterchangeException(Messages.bind(Messages.Read_noVCard, sourceName), 0, null);
		}
		SubMonitor sub = SubMonitor.convert(monitor, Messages.bind(Messages.Task_reading, sourceName), spans.size());
		List<ContactRecord> records = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		if (decoded.warning() != null) {
			warnings.add(decoded.warning());
		}
		try (VCardReader reader = new VCardReader(text)) {
			// vCard 2.1 QUOTED-PRINTABLE values without a CHARSET are most often from the same old tools
			reader.setDefaultQuotedPrintableCharset(decoded.charset());
			for (CardSpan span : spans) {
				if (sub.isCanceled()) {
					throw new OperationCanceledException();
				}
				VCard card;
				try {
					card = reader.readNext();
				} catch (RuntimeException e) {
					// ez-vcard is lenient; should a scribe still throw, only this card is lost
					records.add(ContactRecord.rejected(span.line, Messages.bind(Messages.Reject_unreadableCard, e.getMessage())));
					sub.worked(1);
					continue;
				}
				if (card == null) {
					break;
				}
				if (!span.complete) {
					records.add(ContactRecord.rejected(span.line, Messages.Reject_truncatedCard));
				} else {
					try {
						records.add(toRecord(card, span.line));
					} catch (RuntimeException e) {
						records.add(ContactRecord.rejected(span.line, Messages.bind(Messages.Reject_unreadableCard, e.getMessage())));
					}
				}
				sub.worked(1);
			}
		}
		return new ParsedContacts(ContactFormat.VCARD, sourceName, records, warnings);
	}

	/** Where a top-level card starts, and whether its {@code END:VCARD} is there. */
	private record CardSpan(int line, boolean complete) {
	}

	/** Finds the top-level cards (nested 2.1 {@code AGENT} cards do not count) and their first lines. */
	private static List<CardSpan> cardSpans(String text) {
		TextDecoding.Lines lines = new TextDecoding.Lines(text);
		List<CardSpan> spans = new ArrayList<>();
		Matcher m = BEGIN_OR_END.matcher(text);
		int depth = 0;
		int startLine = 0;
		while (m.find()) {
			boolean begin = m.group(1).equalsIgnoreCase("BEGIN"); //$NON-NLS-1$
			if (begin) {
				if (depth == 0) {
					startLine = lines.lineOf(m.start());
				}
				depth++;
			} else if (depth > 0) {
				depth--;
				if (depth == 0) {
					spans.add(new CardSpan(startLine, true));
				}
			}
		}
		if (depth > 0) {
			spans.add(new CardSpan(startLine, false));
		}
		return spans;
	}

	/** Converts one card. Visible for the tests of the mapping. */
	static ContactRecord toRecord(VCard card, int line) {
		ContactRecord r = new ContactRecord(line);
		StructuredName n = card.getStructuredName();
		if (n != null && (n.getGiven() != null || n.getFamily() != null)) {
			r.setPrefix(String.join(" ", n.getPrefixes())); //$NON-NLS-1$
			r.setFirstName(n.getGiven());
			r.setMiddleName(String.join(" ", n.getAdditionalNames())); //$NON-NLS-1$
			r.setLastName(n.getFamily());
			r.setSuffix(String.join(" ", n.getSuffixes())); //$NON-NLS-1$
		} else {
			FormattedName fn = card.getFormattedName();
			if (fn != null) {
				String[] split = Text.splitFullName(fn.getValue());
				r.setFirstName(split[0]);
				r.setLastName(split[1]);
			}
		}
		for (Nickname nickname : card.getNicknames()) {
			if (r.getNickname() == null) {
				r.setNickname(String.join(", ", nickname.getValues())); //$NON-NLS-1$
			}
		}
		Map<String, String> labels = groupLabels(card);
		for (Email email : card.getEmails()) {
			r.addEmail(email.getValue(), kind(email, labels, email.getTypes().stream().map(t -> t.getValue()).toList()));
		}
		for (Telephone tel : card.getTelephoneNumbers()) {
			String number = tel.getText() != null ? tel.getText() : tel.getUri() != null ? tel.getUri().getNumber() : null;
			r.addPhone(number, kind(tel, labels, tel.getTypes().stream().map(t -> t.getValue()).toList()));
		}
		Organization org = card.getOrganization();
		if (org != null && !org.getValues().isEmpty()) {
			r.setOrganization(org.getValues().get(0));
			r.setOrganizationUnit(String.join(", ", org.getValues().subList(1, org.getValues().size()))); //$NON-NLS-1$
		}
		for (Title title : card.getTitles()) {
			if (r.getPosition() == null) {
				r.setPosition(title.getValue());
			}
		}
		List<String> notes = new ArrayList<>();
		for (Note note : card.getNotes()) {
			if (note.getValue() != null && !note.getValue().isBlank()) {
				notes.add(note.getValue().strip());
			}
		}
		r.setNotes(String.join("\n", notes)); //$NON-NLS-1$
		for (Url url : card.getUrls()) {
			r.addProfileUrl(url.getValue(), kind(url, labels, url.getType() == null ? List.of() : List.of(url.getType())));
		}
		for (Categories categories : card.getCategoriesList()) {
			categories.getValues().forEach(r::addTag);
		}
		for (Address adr : card.getAddresses()) {
			PostalAddress added = r.addAddress(adr.getStreetAddressFull(), adr.getLocality(), adr.getRegion(),
					adr.getPostalCode(), adr.getCountry(),
					kind(adr, labels, adr.getTypes().stream().map(t -> t.getValue()).toList()));
			if (added == null && adr.getLabel() != null) {
				r.setLocation(adr.getLabel().replaceAll("\\s*\\R\\s*", ", ")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		Birthday birthday = card.getBirthday();
		if (birthday != null) {
			r.setBirthday(date(birthday, birthday.getParameter(X_APPLE_OMIT_YEAR)));
		}
		for (Anniversary anniversary : card.getProperties(Anniversary.class)) {
			r.addImportantDate(Messages.Date_anniversary, date(anniversary, anniversary.getParameter(X_APPLE_OMIT_YEAR)));
		}
		photo(card, r);
		if (card.getUid() != null) {
			r.setUid(card.getUid().getValue());
		}
		for (Related related : card.getRelations()) {
			boolean introducer = false;
			String label = null;
			for (RelatedType type : related.getTypes()) {
				introducer |= RelatedPerson.isIntroducerLabel(type.getValue());
				label = label == null ? type.getValue() : label + ", " + type.getValue(); //$NON-NLS-1$
			}
			if (related.getUri() != null || related.getText() != null) {
				r.getRelated().add(new RelatedPerson(label, introducer, related.getText(), related.getUri()));
			}
		}
		for (RawProperty raw : card.getExtendedProperties()) {
			String name = raw.getPropertyName().toUpperCase(Locale.ROOT);
			String value = raw.getValue();
			if (value == null || value.isBlank() || name.equals(X_AB_LABEL)) {
				continue;
			}
			String label = raw.getGroup() == null ? null : labels.get(raw.getGroup().toLowerCase(Locale.ROOT));
			if (name.equals(X_SOCIAL_PROFILE)) {
				String type = raw.getParameters().getType();
				r.addProfileUrl(value, Kind.of(label != null ? label : type, false));
			} else if (name.equals(X_AB_RELATED_NAMES)) {
				r.getRelated().add(new RelatedPerson(label, RelatedPerson.isIntroducerLabel(label), value, null));
			} else if (name.equals(X_AB_DATE) || name.equals(X_ANNIVERSARY)) {
				PartialDate date = parseDate(value, raw.getParameter(X_APPLE_OMIT_YEAR));
				String dateLabel = name.equals(X_ANNIVERSARY) || label == null || label.equalsIgnoreCase(ANNIVERSARY)
						? Messages.Date_anniversary
						: label;
				if (date != null) {
					r.addImportantDate(dateLabel, date);
				} else if (label != null) {
					r.addNoteLine(Messages.bind(Messages.Note_labelled, label, value));
				}
			} else if (name.startsWith("X-AB") && label != null) { //$NON-NLS-1$
				// Apple's labelled values without a field in the model (instant messaging names)
				r.addNoteLine(Messages.bind(Messages.Note_labelled, label, value));
			}
			// other X- properties (vendor bookkeeping) carry nothing for a plan
		}
		return r;
	}

	/**
	 * The kind of a typed value: Apple's label of its group when it has one, else its first type that names a kind
	 * (work, home, cell...; voice, internet and the like say nothing), preferred by {@code PREF} (4.0) or
	 * {@code TYPE=pref} (2.1, 3.0).
	 */
	private static Kind kind(VCardProperty property, Map<String, String> labels, List<String> types) {
		boolean preferred = false;
		String word = null;
		for (String type : types) {
			String t = type == null ? "" : type.strip(); //$NON-NLS-1$
			if (t.equalsIgnoreCase("pref")) { //$NON-NLS-1$
				preferred = true;
			} else if (word == null && !NEUTRAL_TYPES.contains(t.toLowerCase(Locale.ROOT))) {
				word = t;
			}
		}
		Integer pref = property.getParameters().getPref();
		preferred |= pref != null && pref.intValue() == 1;
		String label = property.getGroup() == null ? null : labels.get(property.getGroup().toLowerCase(Locale.ROOT));
		return Kind.of(label != null ? label : word, preferred);
	}

	/** Types that say how to reach someone rather than which of their addresses it is. */
	private static final java.util.Set<String> NEUTRAL_TYPES = java.util.Set.of("internet", "voice", "x400", "text", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"msg", "postal", "parcel", "dom", "intl", "other", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/**
	 * The day of a {@code BDAY} or {@code ANNIVERSARY}: a date, a vCard 4.0 date without the year
	 * ({@code --0714}), or a date whose year Apple marks as unknown ({@code X-APPLE-OMIT-YEAR=1604}); {@code null}
	 * for text or a time alone.
	 */
	private static PartialDate date(DateOrTimeProperty property, String omittedYear) {
		try {
			Temporal t = property.getDate();
			if (t != null && t.isSupported(ChronoField.YEAR) && t.isSupported(ChronoField.MONTH_OF_YEAR)
					&& t.isSupported(ChronoField.DAY_OF_MONTH)) {
				int year = t.get(ChronoField.YEAR);
				int month = t.get(ChronoField.MONTH_OF_YEAR);
				int day = t.get(ChronoField.DAY_OF_MONTH);
				return String.valueOf(year).equals(omittedYear) ? PartialDate.of(month, day) : PartialDate.of(year, month, day);
			}
			ezvcard.util.PartialDate partial = property.getPartialDate();
			if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
				return partial.getYear() == null || String.valueOf(partial.getYear()).equals(omittedYear)
						? PartialDate.of(partial.getMonth().intValue(), partial.getDate().intValue())
						: PartialDate.of(partial.getYear().intValue(), partial.getMonth().intValue(), partial.getDate().intValue());
			}
			return parseDate(property.getText(), omittedYear);
		} catch (IllegalArgumentException | java.time.DateTimeException e) {
			return null;
		}
	}

	/** A date written as text ({@code 1985-07-14}, {@code --07-14}, {@code 19850714}), or {@code null}. */
	private static PartialDate parseDate(String text, String omittedYear) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		int time = t.indexOf('T');
		if (time > 0) {
			t = t.substring(0, time);
		}
		try {
			PartialDate date = PartialDate.parse(t);
			return date != null && date.hasYear() && String.valueOf(date.getYear()).equals(omittedYear) ? date.withoutYear() : date;
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/**
	 * The first photo given inside the card (a URL is not fetched: reading a file opens no connection), made
	 * small enough for a plan; a picture Java cannot read is left out.
	 */
	private static void photo(VCard card, ContactRecord r) {
		for (Photo photo : card.getPhotos()) {
			byte[] data = photo.getData();
			if (data != null && data.length > 0) {
				try {
					ContactPhotos.Photo fitted = ContactPhotos.fit(data);
					r.setPhoto(fitted.data(), fitted.mediaType());
					return;
				} catch (IOException | RuntimeException e) {
					// not a picture Java can read (or one too large): the card is still imported, without it
				}
			}
		}
	}

	/** The {@code X-ABLabel} of every group, without Apple's wrapping of its standard labels. */
	private static Map<String, String> groupLabels(VCard card) {
		Map<String, String> labels = new HashMap<>();
		for (RawProperty raw : card.getExtendedProperties()) {
			if (raw.getGroup() != null && raw.getPropertyName().equalsIgnoreCase(X_AB_LABEL) && raw.getValue() != null
					&& !raw.getValue().isBlank()) {
				Matcher m = APPLE_LABEL.matcher(raw.getValue().strip());
				labels.put(raw.getGroup().toLowerCase(Locale.ROOT), m.matches() ? m.group(1) : raw.getValue().strip());
			}
		}
		return labels;
	}
}
