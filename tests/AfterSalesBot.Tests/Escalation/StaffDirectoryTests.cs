using AfterSalesBot.Escalation.FollowUps;
using AfterSalesBot.Escalation.Staff;
using AfterSalesBot.Escalation;
using AfterSalesBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SignInResult = AfterSalesBot.Escalation.Staff.SignInResult;

namespace AfterSalesBot.Tests.Escalation;

public class StaffDirectoryTests
{
    private readonly StorageEngine _engine;

    public StaffDirectoryTests() : this(StorageEngine.Sqlite)
    {
    }

    protected StaffDirectoryTests(StorageEngine engine) => _engine = engine;

    private Task<EscalationStore> CreateStoreAsync(DateTimeOffset? start = null, Action<EscalationOptions>? options = null,
        Action<FollowUpOptions>? followUps = null) => EscalationStore.CreateAsync(start, options, followUps, _engine);

    private const string Password = "correct horse battery";
    private static readonly CancellationToken None = CancellationToken.None;

    private static NewStaffAccount Account(string userName = "Li.Wei", string? password = Password, params string[] roles) =>
        new(userName, "Li Wei", password, roles.Length == 0 ? [StaffRoles.Agent] : roles);

    private static async Task<StaffDirectory> WithLiAsync(EscalationStore store)
    {
        var directory = store.Get<StaffDirectory>();
        Assert.True(await directory.CreateAsync(Account(), None));
        return directory;
    }

    private static async Task FailAsync(StaffDirectory directory, int times)
    {
        for (var i = 0; i < times; i++) await directory.SignInAsync("li.wei", "wrong password!", None);
    }

    [Fact]
    public async Task StoresAnIdentityPbkdf2HashThatVerifiesAndIsNotThePassword()
    {
        await using var store = await CreateStoreAsync();
        await WithLiAsync(store);

        await using var db = store.CreateDbContext();
        var stored = await db.StaffAccounts.AsNoTracking().SingleAsync();

        Assert.Equal("li.wei", stored.UserName);
        Assert.NotNull(stored.PasswordHash);
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", stored.PasswordHash, StringComparison.Ordinal); // Identity v3 format marker
        var hasher = new PasswordHasher<StaffAccount>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(stored, stored.PasswordHash, Password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(stored, stored.PasswordHash, Password + "x"));
    }

    [Fact]
    public async Task SignsInWithTheRightPasswordWhateverTheCaseOfTheName()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);
        store.Clock.Advance(TimeSpan.FromMinutes(3));

        var result = await directory.SignInAsync("  LI.WEI ", Password, None);

        Assert.True(result.Succeeded);
        Assert.Equal(("li.wei", (SignInRefusal?)null), (result.Account!.UserName, result.Refusal));
        Assert.Equal(EscalationStore.Noon.AddMinutes(3), (await directory.FindAsync("li.wei", None))!.LastSignInAt);
    }

    [Fact]
    public async Task AWrongPasswordGivesTheSameAnswerAsAnUnknownUser()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);

        var wrongPassword = await directory.SignInAsync("li.wei", "not the password", None);
        var unknownUser = await directory.SignInAsync("nobody", "not the password", None);

        Assert.Equal(new SignInResult(null, SignInRefusal.UnknownOrWrongPassword, PasswordChecked: true), wrongPassword);
        Assert.Equal(wrongPassword, unknownUser);
        Assert.Equal(1, (await directory.FindAsync("li.wei", None))!.FailedSignIns);
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountForFifteenMinutesEvenWithTheRightPassword()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);
        await FailAsync(directory, 4);

        var fifth = await directory.SignInAsync("li.wei", "wrong password!", None);

        var until = EscalationStore.Noon.AddMinutes(15);
        Assert.Equal(new SignInResult(null, SignInRefusal.LockedOut, until, PasswordChecked: true), fifth);
        store.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(new SignInResult(null, SignInRefusal.LockedOut, until), await directory.SignInAsync("li.wei", Password, None));

        store.Clock.Advance(TimeSpan.FromMinutes(1));
        var open = await directory.SignInAsync("li.wei", Password, None);

        Assert.True(open.Succeeded);
        var account = (await directory.FindAsync("li.wei", None))!;
        Assert.Equal((0, (DateTimeOffset?)null), (account.FailedSignIns, account.LockedUntil));
    }

    [Fact]
    public async Task FourFailuresThenASuccessStartTheCountAgain()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);
        await FailAsync(directory, 4);
        Assert.True((await directory.SignInAsync("li.wei", Password, None)).Succeeded);

        await FailAsync(directory, 4);

        Assert.True((await directory.SignInAsync("li.wei", Password, None)).Succeeded);
    }

    [Fact]
    public async Task ADisabledAccountIsRefusedWithTheRightPassword()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);
        Assert.True(await directory.UpdateAsync("li.wei", a => a.Disabled = true, None));

        var result = await directory.SignInAsync("li.wei", Password, None);

        Assert.Equal(new SignInResult(null, SignInRefusal.Disabled), result);
        Assert.Null((await directory.FindAsync("li.wei", None))!.LastSignInAt);
    }

    [Fact]
    public async Task AnExternalOnlyAccountCannotSignInWithAPassword()
    {
        await using var store = await CreateStoreAsync();
        var directory = store.Get<StaffDirectory>();
        Assert.True(await directory.CreateAsync(Account(password: null) with { ExternalSubject = "oid-123" }, None));

        Assert.Equal(SignInRefusal.UnknownOrWrongPassword, (await directory.SignInAsync("li.wei", "", None)).Refusal);
        Assert.Equal("li.wei", (await directory.FindByExternalSubjectAsync("oid-123", None))!.UserName);
    }

    [Theory]
    [InlineData("li", "short", "Agent", "at least 10 characters")]
    [InlineData("l", Password, "Agent", "user name")]
    [InlineData("li wei", Password, "Agent", "user name")]
    [InlineData("李伟", Password, "Agent", "user name")]
    [InlineData("li.wei", Password, "", "At least one role")]
    [InlineData("li.wei", Password, "Boss", "At least one role")]
    public void ValidateNamesWhatIsWrong(string userName, string password, string roles, string expected)
    {
        var account = Account(userName, password) with { Roles = roles.Length == 0 ? [] : roles.Split(',') };

        Assert.Contains(expected, StaffDirectory.Validate(account), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAcceptsAGoodAccount()
    {
        Assert.Null(StaffDirectory.Validate(Account("li.wei@example.cn", Password, StaffRoles.Supervisor)));
        Assert.Null(StaffDirectory.Validate(Account("li.wei", password: null) with { ExternalSubject = "oid-1" }));
        Assert.NotNull(StaffDirectory.Validate(Account("li.wei", password: null)));
    }

    [Fact]
    public async Task CreateRefusesAnInvalidAccountAndStoresNothing()
    {
        await using var store = await CreateStoreAsync();
        var directory = store.Get<StaffDirectory>();

        await Assert.ThrowsAsync<ArgumentException>(() => directory.CreateAsync(Account(password: "short"), None));

        Assert.Empty(await directory.ListAsync(None));
    }

    [Fact]
    public async Task CreateRefusesATakenNameWhateverItsCase()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);

        Assert.False(await directory.CreateAsync(Account("LI.WEI", "another password") with { DisplayName = "Someone else" }, None));

        var only = Assert.Single(await directory.ListAsync(None));
        Assert.Equal("Li Wei", only.DisplayName);
        Assert.True((await directory.SignInAsync("li.wei", Password, None)).Succeeded);
    }

    [Fact]
    public async Task RolesAreStoredInCanonicalSpellingWithUnknownNamesDropped()
    {
        await using var store = await CreateStoreAsync();
        var directory = store.Get<StaffDirectory>();
        Assert.True(await directory.CreateAsync(Account("li.wei", Password, "supervisor", "Boss", "AGENT", "Supervisor"), None));

        Assert.Equal("Supervisor,Agent", (await directory.FindAsync("li.wei", None))!.Roles);

        Assert.True(await directory.UpdateAsync("li.wei", a => a.Roles = "admin, janitor", None));

        var updated = (await directory.FindAsync("li.wei", None))!;
        Assert.Equal("Admin", updated.Roles);
        Assert.True(updated.IsIn(StaffRoles.Admin));
        Assert.False(updated.IsIn(StaffRoles.Agent));
        Assert.True(await directory.AnyAdminAsync(None));
    }

    [Fact]
    public async Task SettingAPasswordUnlocksAndTheOldPasswordStopsWorking()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);
        await FailAsync(directory, 5);

        Assert.True(await directory.SetPasswordAsync("LI.WEI", "a brand new password", None));

        Assert.Equal(SignInRefusal.UnknownOrWrongPassword, (await directory.SignInAsync("li.wei", Password, None)).Refusal);
        Assert.True((await directory.SignInAsync("li.wei", "a brand new password", None)).Succeeded);
        await Assert.ThrowsAsync<ArgumentException>(() => directory.SetPasswordAsync("li.wei", "short", None));
        Assert.False(await directory.SetPasswordAsync("nobody", "a brand new password", None));
    }

    [Fact]
    public async Task AnUpdateThatClearsTheLockLetsThePersonSignIn()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);
        await FailAsync(directory, 5);
        Assert.Equal(SignInRefusal.LockedOut, (await directory.SignInAsync("li.wei", Password, None)).Refusal);

        Assert.True(await directory.UpdateAsync("li.wei", a => a.LockedUntil = null, None));

        Assert.True((await directory.SignInAsync("li.wei", Password, None)).Succeeded);
        Assert.False(await directory.UpdateAsync("nobody", a => a.LockedUntil = null, None));
    }

    [Fact]
    public async Task EndingSessionsAndSettingOrChangingThePasswordEachGiveANewStamp()
    {
        await using var store = await CreateStoreAsync();
        var directory = await WithLiAsync(store);
        async Task<string> StampAsync() => (await directory.FindAsync("li.wei", None))!.SecurityStamp;
        var created = await StampAsync();

        Assert.True(await directory.EndSessionsAsync("LI.WEI", None));
        var signedOut = await StampAsync();
        Assert.True(await directory.SetPasswordAsync("li.wei", "an admin's new password", None));
        var reset = await StampAsync();
        Assert.Equal(PasswordChange.WrongPassword, await directory.ChangePasswordAsync("li.wei", Password, "my own new password", None));
        Assert.Equal(reset, await StampAsync());
        Assert.Equal(PasswordChange.Changed, await directory.ChangePasswordAsync("li.wei", "an admin's new password", "my own new password", None));
        var changed = await StampAsync();

        Assert.Equal(4, new[] { created, signedOut, reset, changed }.Distinct().Count());
        Assert.DoesNotContain("", new[] { created, signedOut, reset, changed });
        Assert.True((await directory.SignInAsync("li.wei", "my own new password", None)).Succeeded);
        Assert.False(await directory.EndSessionsAsync("nobody", None));
    }
}

/// <summary>Staff accounts on a database of the run's throwaway PostgreSQL cluster.</summary>
public sealed class StaffDirectoryOnPostgreSqlTests() : StaffDirectoryTests(StorageEngine.PostgreSql);
