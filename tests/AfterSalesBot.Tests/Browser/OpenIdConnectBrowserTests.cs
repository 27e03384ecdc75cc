using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Tests.Console.OpenIdConnect;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace AfterSalesBot.Tests.Browser;

/// <summary>The console on 127.0.0.1 and the provider on "localhost": two sites, as the console and Entra ID are.</summary>
public sealed class CrossSiteOpenIdConnectFixture : OpenIdConnectFixture
{
    protected override string? ProviderHost => "localhost";
}

/// <summary>
/// Single sign-on in real Chromium: the browser leaves the console for the provider and comes back through a redirect
/// chain another site started. Found by this test: the page's CSP (<c>form-action 'self'</c>) stops a form submission
/// from following the redirect to the provider, so sign-in starts from a link. It also shows the console's SameSite=Strict
/// cookie is sent on the landing after the callback.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OpenIdConnectBrowserTests(BrowserFixture browser, CrossSiteOpenIdConnectFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<CrossSiteOpenIdConnectFixture>
{
    [Fact]
    public async Task A_supervisor_signs_in_with_the_provider_and_lands_on_the_page_they_asked_for()
    {
        Assert.NotEqual(new Uri(fixture.Provider.Authority).Host, fixture.Server.BaseUrl.Host);
        fixture.Provider.Next = new FakeSignIn(Guid.NewGuid().ToString(), "Zhao <b>SSO</b>", StaffRoles.Supervisor);
        await using var context = await browser.NewContextAsync("en-US");
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(new Uri(fixture.Server.BaseUrl, "/console/supervisor/kpis").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/login"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Fake Entra" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/supervisor/kpis$"),
            new() { Timeout = CustomerPage.Timeout });
        // The name from the token, shown as text.
        await Expect(page.GetByText("Zhao <b>SSO</b>").First).ToBeVisibleAsync(new() { Timeout = CustomerPage.Timeout });

        // Still signed in on the next page, reached by a link inside the console.
        await page.GotoAsync(new Uri(fixture.Server.BaseUrl, "/console/supervisor/transcripts").ToString());
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/supervisor/transcripts$"));
        Assert.Empty(errors);
    }
}
