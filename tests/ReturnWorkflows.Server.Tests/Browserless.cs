using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ReturnWorkflows.Server.Tests;

/// <summary>Signs in through the real sign-in form (anti-forgery token included), as a browser would.</summary>
public static partial class Browserless
{
    public const string DemoPassword = "Return-Demo-2026";

    public static HttpClient NewClient(this ServerFactory server) =>
        server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<string> AntiForgeryTokenAsync(HttpClient client, string page = "/account/sign-in")
    {
        var html = await client.GetStringAsync(page);
        return AntiForgeryField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No anti-forgery token on {page}.");
    }

    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string userName, string password)
    {
        var token = await AntiForgeryTokenAsync(client);
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token, ["ReturnUrl"] = "/",
        }));
    }

    /// <summary>A client signed in with the cookie, as a person in a browser.</summary>
    public static async Task<HttpClient> SignedInAsync(this ServerFactory server, string userName)
    {
        var client = server.NewClient();
        var response = await PostSignInAsync(client, userName, DemoPassword);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {userName} failed: {response.StatusCode}.");
        return client;
    }

    /// <summary>A client that calls the APIs with the bearer token the designer's host page would get.</summary>
    public static async Task<HttpClient> WithAccessTokenAsync(this ServerFactory server, string userName)
    {
        using var browser = await server.SignedInAsync(userName);
        var token = JsonNode.Parse(await browser.GetStringAsync("/account/access-token"))!["accessToken"]!.GetValue<string>();
        var client = server.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static HttpClient WithApiKey(this ServerFactory server, string key)
    {
        var client = server.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return client;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"GET {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}", null, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonNode>())!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryField();
}
