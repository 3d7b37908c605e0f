using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Schools;
using KemelSchoolPD.TestBase;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KemelSchoolPD.HttpApi.Tests.Support;

/// <summary>Small HTTP helpers shared by the API suites: raw requests, bearer and bare-cookie clients, fresh schools.</summary>
public static class ApiClients
{
    public const string AuthCookie = "KemelSchoolPD.Auth";

    /// <summary>Sends any method with an optional JSON body (serialized with the product's conventions) or raw JSON text.</summary>
    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, string method, string url, object? body = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is string raw) request.Content = new StringContent(raw, Encoding.UTF8, "application/json");
        else if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: HttpAssertions.Json);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string url, string json)
        => client.SendJsonAsync("POST", url, json);

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
        => await (await client.GetAsync(url)).ReadJsonAsync();

    /// <summary>A client without a cookie jar; with <paramref name="cookie"/> ("KemelSchoolPD.Auth=...") it replays that exact
    /// cookie.</summary>
    public static HttpClient CreateBareClient(this KemelWebApplicationFactory host, string? cookie = null, string culture = "en")
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        if (cookie is null) return client;
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        // Replays the antiforgery pair too, as the web app's HttpClient would.
        if (cookie.Split("; ").FirstOrDefault(c => c.StartsWith("XSRF-TOKEN=", StringComparison.Ordinal)) is { } xsrf)
            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf["XSRF-TOKEN=".Length..]);
        return client;
    }

    /// <summary>
    /// Signs in through POST /api/account/login and returns the cookies the answer set ("name=value; ..."): the session and the
    /// antiforgery pair. <see cref="CreateBareClient"/> replays them with the X-XSRF-TOKEN header.
    /// </summary>
    public static async Task<string> SignInForCookieAsync(
        this KemelWebApplicationFactory host,
        string? schoolBin,
        string userName,
        string password = TestData.Password)
    {
        var response = await host.CreateBareClient().PostJsonAsync("/api/account/login", new { school = schoolBin, userName, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        cookies.ShouldContain(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));
        return string.Join("; ", cookies);
    }

    /// <summary>POST /api/account/token; returns a client that sends "Authorization: Bearer ..." and keeps no cookies.</summary>
    public static async Task<HttpClient> SignInWithTokenAsync(
        this KemelWebApplicationFactory host,
        string? schoolBin,
        string userName,
        string password = TestData.Password)
    {
        var response = await host.CreateBareClient().PostJsonAsync("/api/account/token", new { school = schoolBin, userName, password });
        var token = await response.ReadJsonAsync();
        token.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        var client = host.CreateBareClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>The school's id, looked up by BIN as the host administrator.</summary>
    public static async Task<Guid> SchoolIdAsync(this HttpClient hostAdmin, string bin)
    {
        var page = await hostAdmin.GetAsync<PagedResultDto<SchoolDto>>($"/api/host/schools?filter={bin}");
        return page.Items.Single(s => s.Bin == bin).Id;
    }

    private static int _binCounter = Random.Shared.Next(1000, 9000);

    /// <summary>A BIN no other school of this test run has.</summary>
    public static string NewBin()
        => "9" + Environment.ProcessId.ToString("D5")[^5..] + Interlocked.Increment(ref _binCounter).ToString("D6");

    /// <summary>Opens a new school with its director "director" (password <see cref="TestData.NewPassword"/>) as the host
    /// administrator.</summary>
    public static async Task<SchoolDto> CreateSchoolAsync(
        this HttpClient hostAdmin,
        string? bin = null,
        string directorPassword = TestData.NewPassword)
    {
        bin ??= NewBin();
        var response = await hostAdmin.PostJsonAsync("/api/host/schools", NewSchool(bin, directorPassword));
        return await response.ReadAsync<SchoolDto>(HttpStatusCode.Created);
    }

    public static object NewSchool(string bin, string directorPassword = TestData.NewPassword) => new
    {
        name = "Test School " + bin, bin, region = "Абай облысы", district = "Семей қаласы", settlementType = "Rural",
        languagesOfInstruction = new[] { "Kazakh" }, directorUserName = TestData.Director, directorEmail = $"director@{bin}.test.kz",
        directorFullName = "Тест Директор " + bin, directorPassword,
    };

    /// <summary>A valid new staff member (POST /api/app/staff body).</summary>
    public static Dictionary<string, object?> NewStaffMember(string? fullName = null) => new()
    {
        ["fullName"] = fullName ?? "Тест Мұғалім " + Guid.NewGuid().ToString("N")[..8], ["position"] = "Мұғалім",
        ["subjects"] = new[] { "Математика" }, ["hireDate"] = "2020-09-01", ["totalExperienceYears"] = 6, ["teachingExperienceYears"] = 5,
        ["category"] = "Moderator", ["categoryAssignedOn"] = "2023-05-20",
    };

    /// <summary>A developmental observation of a lesson (give the observed teacher for a new one; null for an update).</summary>
    public static Dictionary<string, object?> NewObservation(Guid? observedStaffMemberId, string focus) => new()
    {
        ["observedStaffMemberId"] = observedStaffMemberId, ["purpose"] = "Developmental", ["lessonDate"] = "2026-10-14",
        ["className"] = "7 А", ["subject"] = "Математика", ["topic"] = "Бөлшектер", ["focus"] = focus,
        ["notes"] = new[] { new { minute = 3, text = "Мақсат айтылды." } }, ["strengths"] = "Кері байланыс", ["objectivesMatched"] = "Yes",
    };

    public static Dictionary<string, object?> NewObservationForm(string name) => new()
    {
        ["name"] = name, ["scaleMin"] = 1, ["scaleMax"] = 5,
        ["criteria"] = new[] {
            new { textKk = "Мақсат айқын", textRu = "Цель ясна" },
            new { textKk = "Кері байланыс", textRu = "Обратная связь" } },
    };

    /// <summary>A school's own plan template: two sections, one of them with a preset row.</summary>
    public static Dictionary<string, object?> NewPlanTemplate(string name) => new()
    {
        ["name"] = name, ["layoutKind"] = "Sections",
        ["sections"] = new object[]
        {
            new { key = "Lessons", titleKk = "Сабақтар", titleRu = "Уроки", rows = new[] {
                new { key = "Open", titleKk = "Ашық сабақ", titleRu = "Открытый урок", activity = "OpenLesson" } } },
            new { key = "Reading", titleKk = "Оқу", titleRu = "Чтение", rows = Array.Empty<object>() },
        },
    };

    /// <summary>A route sheet template edit: the given template's texts with another kk title.</summary>
    public static Dictionary<string, object?> RouteSheetTemplateBody(
        KemelSchoolPD.RouteSheets.RouteSheetTemplateInfo template,
        string titleKk) => new()
        {
            ["titleKk"] = titleKk, ["titleRu"] = template.TitleRu, ["stageKk"] = template.StageKk, ["stageRu"] = template.StageRu,
            ["goalKk"] = template.GoalKk, ["goalRu"] = template.GoalRu, ["rows"] = template.Rows,
        };

    /// <summary>multipart/form-data with one file in the field "file".</summary>
    public static MultipartFormDataContent CsvFile(string csv, string fileName = "staff.csv")
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }
}
