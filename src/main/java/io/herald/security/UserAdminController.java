package io.herald.security;

import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

@Controller("/admin/users")
@Secured("admin")
@Hidden
class UserAdminController {

    private final AppUserRepository users;
    private final CreateUser createUser;
    private final ChangeUserRole changeRole;
    private final DeleteUser deleteUser;
    private final AdminPages pages;

    UserAdminController(AppUserRepository users, CreateUser createUser, ChangeUserRole changeRole,
                        DeleteUser deleteUser, AdminPages pages) {
        this.users = users;
        this.createUser = createUser;
        this.changeRole = changeRole;
        this.deleteUser = deleteUser;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Authentication auth) {
        return page(auth, HttpStatus.OK, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        try {
            createUser.create(new CreateUser.Request(form.get("email"), form.get("name"), form.get("password"),
                    form.get("role")), Actor.of(auth, request));
            return AdminPages.seeOther("/admin/users");
        } catch (InvalidInputException e) {
            return page(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Post(value = "/{id}/role", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> role(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        try {
            changeRole.change(id, form.getOrDefault("role", ""), Actor.of(auth, request));
            return AdminPages.seeOther("/admin/users");
        } catch (InvalidInputException e) {
            return page(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        try {
            deleteUser.delete(id, Actor.of(auth, request));
            return AdminPages.seeOther("/admin/users");
        } catch (InvalidInputException e) {
            return page(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    private HttpResponse<?> page(Authentication auth, HttpStatus status, @Nullable String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("users", users.listOrderByEmail());
        params.put("error", error);
        return pages.page(status, "users.jte", params);
    }
}
