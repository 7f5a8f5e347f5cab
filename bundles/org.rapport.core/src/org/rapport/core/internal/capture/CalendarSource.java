/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.internal.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SSLException;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.osgi.util.NLS;
import org.rapport.core.internal.net.Hosts;
import org.rapport.core.internal.net.MultiStatus;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Where capture reads events from: an iCalendar file, or a CalDAV calendar collection (RFC 4791) given by its
 * {@code http(s)} URL, asked with one {@code REPORT calendar-query} for its events, with a user name and password
 * when the server asks for them. Plain {@code http} is only allowed to the machine itself (a local server); anything
 * else must be {@code https}.
 */
public final class CalendarSource {

	static final String CALDAV = "urn:ietf:params:xml:ns:caldav"; //$NON-NLS-1$
	private static final Duration TIMEOUT = Duration.ofSeconds(20);
	private static final String QUERY = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" //$NON-NLS-1$
			+ "<C:calendar-query xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:caldav\">\n" //$NON-NLS-1$
			+ "<D:prop><D:getetag/><C:calendar-data/></D:prop>\n" //$NON-NLS-1$
			+ "<C:filter><C:comp-filter name=\"VCALENDAR\"><C:comp-filter name=\"VEVENT\"/></C:comp-filter></C:filter>\n" //$NON-NLS-1$
			+ "</C:calendar-query>\n"; //$NON-NLS-1$

	private final CalendarReader reader;

	/** A source whose repeating events are listed up to today in {@code zone}. */
	public CalendarSource(ZoneId zone) {
		this.reader = new CalendarReader(zone);
	}

	/** A source whose repeating events are listed up to and including {@code today}. */
	public CalendarSource(ZoneId zone, LocalDate today) {
		this.reader = new CalendarReader(zone, today);
	}

	/** Whether the text names a CalDAV calendar rather than a file. */
	public static boolean isUrl(String fileOrUrl) {
		String lower = fileOrUrl.strip().toLowerCase(Locale.ROOT);
		return lower.startsWith("http://") || lower.startsWith("https://"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The events of the file or calendar. */
	public List<CalendarEvent> read(String fileOrUrl) throws CaptureException {
		return read(fileOrUrl, null, null);
	}

	/**
	 * The events of the file or calendar; a calendar server is sent the user name and password (HTTP Basic, over
	 * https or to this machine only) when a user is given.
	 */
	public List<CalendarEvent> read(String fileOrUrl, String user, char[] password) throws CaptureException {
		return isUrl(fileOrUrl) ? readUrl(fileOrUrl.strip(), user, password) : readFile(Path.of(fileOrUrl), fileOrUrl);
	}

	/** The events of an iCalendar file. */
	public List<CalendarEvent> readFile(Path file, String name) throws CaptureException {
		try (InputStream in = Files.newInputStream(file)) {
			return reader.read(in, name);
		} catch (NoSuchFileException e) {
			throw new CaptureException(NLS.bind(Messages.Error_noFile, name), e);
		} catch (IOException e) {
			throw new CaptureException(NLS.bind(Messages.Error_cannotRead, name, e.getMessage()), e);
		}
	}

	private List<CalendarEvent> readUrl(String url, String user, char[] password) throws CaptureException {
		URI uri;
		try {
			uri = new URI(url);
		} catch (URISyntaxException e) {
			throw new CaptureException(NLS.bind(Messages.Error_badUrl, url), e);
		}
		if (uri.getHost() == null) {
			throw new CaptureException(NLS.bind(Messages.Error_badUrl, url));
		}
		if ("http".equalsIgnoreCase(uri.getScheme()) && !Hosts.isLoopback(uri.getHost())) { //$NON-NLS-1$
			throw new CaptureException(NLS.bind(Messages.Error_notHttps, url));
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
				.build();
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Depth", "1") //$NON-NLS-1$ //$NON-NLS-2$
				.header("Content-Type", "application/xml; charset=utf-8") //$NON-NLS-1$ //$NON-NLS-2$
				.method("REPORT", HttpRequest.BodyPublishers.ofString(QUERY, StandardCharsets.UTF_8)); //$NON-NLS-1$
		if (user != null) {
			String credentials = user + ":" + new String(password == null ? new char[0] : password); //$NON-NLS-1$
			builder.header("Authorization", "Basic " //$NON-NLS-1$ //$NON-NLS-2$
					+ Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		HttpRequest request = builder.build();
		HttpResponse<byte[]> response;
		try {
			response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		} catch (SSLException e) {
			throw new CaptureException(NLS.bind(Messages.Error_certificate, uri.getHost()), e);
		} catch (ConnectException | HttpTimeoutException e) {
			throw new CaptureException(NLS.bind(Messages.Error_unreachable, uri.getHost()), e);
		} catch (IOException e) {
			throw new CaptureException(NLS.bind(Messages.Error_unreachable, uri.getHost()), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CaptureException(NLS.bind(Messages.Error_unreachable, uri.getHost()), e);
		}
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			throw new CaptureException(user == null ? NLS.bind(Messages.Error_refused, url)
					: NLS.bind(Messages.Error_calendarRefused, user, url));
		}
		if (status == 404) {
			throw new CaptureException(NLS.bind(Messages.Error_noCalendarAt, url));
		}
		if (status != 207) {
			throw new CaptureException(NLS.bind(Messages.Error_server, url, Integer.valueOf(status)));
		}
		List<CalendarEvent> events = new ArrayList<>();
		for (String data : calendarData(response.body(), url)) {
			try {
				events.addAll(reader.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8)), url));
			} catch (IOException e) {
				throw new CaptureException(NLS.bind(Messages.Error_cannotRead, url, e.getMessage()), e);
			}
		}
		return events;
	}

	/** The calendar-data texts of a multistatus answer; a document type declaration is refused. */
	private static List<String> calendarData(byte[] body, String url) throws CaptureException {
		try {
			Document document = MultiStatus.parse(body);
			NodeList nodes = document.getElementsByTagNameNS(CALDAV, "calendar-data"); //$NON-NLS-1$
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				String text = nodes.item(i).getTextContent();
				if (text != null && !text.isBlank()) {
					texts.add(text);
				}
			}
			return texts;
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new CaptureException(NLS.bind(Messages.Error_unreadable, url, e.getMessage()), e);
		}
	}
}
