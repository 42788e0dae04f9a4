package org.smilefactory.core.api.social;

/** Connections between members: requests, answers, withdrawal, blocking, mutual connections. */
public interface ConnectionService {
}
