package org.smilefactory.server.api;

import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.admin.DemoDataResult;
import org.smilefactory.core.remote.wire.GenerateDemoRequest;
import org.smilefactory.core.remote.wire.HubIsEmptyResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@link org.smilefactory.core.api.admin.DemoDataService} over HTTP. Generation runs synchronously in
 * the request: no progress is streamed and a started run cannot be cancelled remotely.
 */
@RestController
@RequestMapping("/api/v1/demo-data")
public class DemoDataController {

    @GetMapping("/hub-is-empty")
    public HubIsEmptyResponse hubIsEmpty(Session session) {
        return new HubIsEmptyResponse(session.demoData().hubIsEmpty());
    }

    @PostMapping
    public DemoDataResult generate(Session session, @RequestBody GenerateDemoRequest body) {
        return session.demoData().generate(body.size(), progress -> { }, () -> false);
    }
}
