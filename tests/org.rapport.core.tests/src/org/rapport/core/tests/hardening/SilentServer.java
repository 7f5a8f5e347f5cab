/*
 * Copyright (c) 2026 Rapport contributors
 * SPDX-License-Identifier: EPL-2.0
 */
package org.rapport.core.tests.hardening;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that accepts every connection and never answers: a client that connects to it waits
 * forever. It counts the connections, so a test can assert that none came.
 */
public final class SilentServer implements AutoCloseable {

	private final ServerSocket socket;
	private final AtomicInteger connections = new AtomicInteger();
	private final List<Socket> accepted = new CopyOnWriteArrayList<>();
	private final Thread acceptor;

	public SilentServer() throws IOException {
		socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		acceptor = new Thread(this::accept, "silent server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	private void accept() {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				connections.incrementAndGet();
				accepted.add(client); // kept open, never answered
			} catch (SocketException e) {
				return; // closed
			} catch (IOException e) {
				// keep listening
			}
		}
	}

	public int port() {
		return socket.getLocalPort();
	}

	/** An http URL on this server. */
	public String url(String path) {
		return "http://127.0.0.1:" + port() + "/" + path;
	}

	public int connections() {
		return connections.get();
	}

	@Override
	public void close() throws IOException {
		socket.close();
		for (Socket client : accepted) {
			client.close();
		}
	}
}
