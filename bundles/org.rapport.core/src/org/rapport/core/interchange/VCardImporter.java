package org.rapport.core.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.rapport.core.internal.interchange.Messages;
import org.rapport.core.internal.interchange.Text;
import org.rapport.core.internal.interchange.TextDecoding;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.RelatedType;
import ezvcard.property.Address;
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
 * <li>{@code N} gives first and last name ({@code FN} when there is no {@code N}); {@code EMAIL},
 * {@code TEL}, {@code ORG} (first value), {@code TITLE}, {@code NOTE}, {@code URL} and Apple's
 * {@code X-SOCIALPROFILE} (profile URLs), {@code CATEGORIES} (tags), {@code ADR} (locality, region, country
 * as the location) and {@code UID} are read.</li>
 * <li>Apple's grouped items ({@code item1.URL} with {@code item1.X-ABLabel:Portfolio}) keep their value
 * where it belongs and their label as a note line, "Portfolio: https://...". Grouped Apple values the model
 * has no field for ({@code X-ABDATE}, {@code X-ABRELATEDNAMES} not naming an introducer) become note lines
 * too, so nothing the user labelled is dropped.</li>
 * <li>{@code RELATED} (4.0) and {@code X-ABRELATEDNAMES}: "introduced by" relations become
 * {@link RelatedPerson#introducer() introducer} references, the others are kept as note lines by the
 * preview.</li>
 * <li>{@code PHOTO}, {@code LOGO}, {@code SOUND}, {@code KEY} and unknown {@code X-} properties are ignored
 * without failing; a card the file ends in the middle of (no {@code END:VCARD}) is rejected.</li>
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
			String given = n.getGiven();
			if (!n.getAdditionalNames().isEmpty()) {
				given = (given == null ? "" : given + " ") + String.join(" ", n.getAdditionalNames()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			r.setFirstName(given);
			r.setLastName(n.getFamily());
		} else {
			FormattedName fn = card.getFormattedName();
			if (fn != null) {
				String[] split = Text.splitFullName(fn.getValue());
				r.setFirstName(split[0]);
				r.setLastName(split[1]);
			}
		}
		Map<String, String> labels = groupLabels(card);
		for (Email email : card.getEmails()) {
			r.addEmail(email.getValue());
			keepLabel(r, labels, email, email.getValue());
		}
		for (Telephone tel : card.getTelephoneNumbers()) {
			String number = tel.getText() != null ? tel.getText() : tel.getUri() != null ? tel.getUri().getNumber() : null;
			r.addPhone(number);
			keepLabel(r, labels, tel, number);
		}
		Organization org = card.getOrganization();
		if (org != null && !org.getValues().isEmpty()) {
			r.setOrganization(org.getValues().get(0));
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
			r.addProfileUrl(url.getValue());
			keepLabel(r, labels, url, url.getValue());
		}
		for (Categories categories : card.getCategoriesList()) {
			categories.getValues().forEach(r::addTag);
		}
		for (Address adr : card.getAddresses()) {
			if (r.getLocation() == null) {
				r.setLocation(location(adr));
			}
		}
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
				r.addProfileUrl(value);
				if (label != null) {
					r.addNoteLine(Messages.bind(Messages.Note_labelled, label, value));
				}
			} else if (name.equals(X_AB_RELATED_NAMES)) {
				r.getRelated().add(new RelatedPerson(label, RelatedPerson.isIntroducerLabel(label), value, null));
			} else if (name.startsWith("X-AB") && label != null) { //$NON-NLS-1$
				// Apple's labelled values without a field in the model (dates, instant messaging names)
				r.addNoteLine(Messages.bind(Messages.Note_labelled, label, value));
			}
			// other X- properties (PHOTO-like binary data, vendor bookkeeping) carry nothing for a plan
		}
		return r;
	}

	private static String location(Address adr) {
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { adr.getLocality(), adr.getRegion(), adr.getCountry() }) {
			if (part != null && !part.isBlank()) {
				parts.add(part.strip());
			}
		}
		if (parts.isEmpty() && adr.getLabel() != null) {
			return adr.getLabel().replaceAll("\\s*\\R\\s*", ", "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return String.join(", ", parts); //$NON-NLS-1$
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

	private static void keepLabel(ContactRecord r, Map<String, String> labels, VCardProperty property, String value) {
		if (property.getGroup() != null && value != null && !value.isBlank()) {
			String label = labels.get(property.getGroup().toLowerCase(Locale.ROOT));
			if (label != null) {
				r.addNoteLine(Messages.bind(Messages.Note_labelled, label, value.strip()));
			}
		}
	}
}
