/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.RapportPackage;
import org.rapport.ui.editors.PlanEditor;
import org.rapport.ui.internal.views.AgendaView;
import org.rapport.ui.internal.views.ContactsView;
import org.rapport.ui.internal.views.ScorecardView;
import org.rapport.ui.internal.views.ValidationView;
import org.rapport.ui.tests.robot.Robot;

/**
 * A plan that refers to a server that accepts and never answers opens in the workbench, shows every page and view,
 * and saves, promptly and without a single connection; the reference is saved back as it was.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NoNetworkWorkbenchTest {

	private final Robot robot = Robot.current();

	@TempDir
	Path dir;

	@Test
	void aPlanReferringToASilentServerOpensShowsEveryPageAndSavesWithoutAConnection() throws Exception {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			AtomicInteger connections = new AtomicInteger();
			List<Socket> accepted = new CopyOnWriteArrayList<>();
			Thread acceptor = new Thread(() -> {
				while (!server.isClosed()) {
					try {
						accepted.add(server.accept());
						connections.incrementAndGet();
					} catch (SocketException e) {
						return;
					} catch (IOException e) {
						// keep listening
					}
				}
			}, "silent server");
			acceptor.setDaemon(true);
			acceptor.start();
			String url = "http://127.0.0.1:" + server.getLocalPort() + "/x.rapport#_x";
			Path file = dir.resolve("remote.rapport");
			Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
					+ "<rapport:NetworkingPlan xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
					+ " xmlns:rapport=\"http://rapport.org/model/rapport/1.0\" xmi:id=\"_p\" name=\"Remote\">\n"
					+ "  <contacts xmi:id=\"_a\" firstName=\"Ann\" lastName=\"Lee\" emails=\"ann@example.org\">\n"
					+ "    <introducedBy href=\"" + url + "\"/>\n  </contacts>\n"
					+ "  <followUps xmi:id=\"_f\" reason=\"Say hello\" dueDate=\"2026-12-01T09:00:00.000+0000\">\n"
					+ "    <contact href=\"" + url + "\"/>\n  </followUps>\n"
					+ "</rapport:NetworkingPlan>\n");
			long start = System.nanoTime();

			PlanEditor editor = InterchangeUi.open(robot, file);
			try {
				for (String view : new String[] { ContactsView.ID, AgendaView.ID, ScorecardView.ID, ValidationView.ID }) {
					Workbench.page().showView(view);
					robot.flush();
				}
				for (String page : new String[] { "overview", "contacts", "interactions", "goals", "audiences", "opportunities",
						"givetake", "learning", "reviews" }) {
					editor.setActivePage(page);
					robot.flush();
				}
				editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
						editor.getPlan(), RapportPackage.Literals.NETWORKING_PLAN__NAME, "Remote, edited"));
				robot.flush();
				editor.doSave(new NullProgressMonitor());
				robot.flush();
			} finally {
				InterchangeUi.close(editor);
			}
			long millis = (System.nanoTime() - start) / 1_000_000;

			assertEquals(0, connections.get(), "no connection to the server the plan refers to");
			assertTrue(millis < 60_000, "took " + millis + " ms");
			String saved = Files.readString(file);
			assertTrue(saved.contains("name=\"Remote, edited\""), saved);
			assertTrue(saved.contains("<introducedBy href=\"" + url + "\"/>"), saved);
			for (Socket socket : accepted) {
				socket.close();
			}
		}
	}
}
