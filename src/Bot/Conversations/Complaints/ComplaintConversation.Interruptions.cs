using AfterSalesBot.Bot.Conversations.Understanding;
using AfterSalesBot.Bot.Conversations.Understanding.Recognisers;
using AfterSalesBot.Bot.Privacy;
using AfterSalesBot.Escalation.Cases;
using AfterSalesBot.Knowledge.Search;

namespace AfterSalesBot.Bot.Conversations.Complaints;

public sealed partial class ComplaintConversation
{
    /// <summary>Leaving for now and coming back: 一会儿再说, 回头再说, "I'll come back to this later", "brb".</summary>
    private static readonly System.Text.RegularExpressions.Regex StepsAway = new(
        @"(?:一会儿?|等会儿?|待会儿?|过会儿?|晚点|回头|稍后|改天|明天)再(?:说|聊|弄|联系|找你)|先去(?:忙|开会|开个会)|(?<![a-z])(?:i'?ll|will|i\s+will)\s+(?:come|get)\s+back\s+(?:to\s+(?:this|you|it)\s+)?later|(?<![a-z])(?:brb|be\s+right\s+back|back\s+in\s+(?:a\s+)?(?:bit|minute|few\s+minutes|an\s+hour))(?![a-z])|(?:got|have)\s+to\s+(?:run|go)\b.{0,40}\blater",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Help, cancel, start over, a person, warranty questions and thanks work in every step (status: <see cref="StatusAsync"/>).</summary>
    private async Task<bool> InterruptedAsync(CancellationToken ct)
    {
        var answering = _state.Step == ComplaintStep.Gathering && _state.Asking != FactQuestion.None
            || _state.Step == ComplaintStep.AwaitingAgreement && (OfferAnswers.Accepts(_text) || OfferAnswers.Refuses(_text)) && !_text.TrimEnd().EndsWith('?')
            || AcceptsTheOfferFirst();
        // "What else can you do?" asked for a wish is the wish "whatever you think best", not a question for the articles.
        var answersTheQuestion = _tookFacts || _state.Step == ComplaintStep.AwaitingAgreement || _state.Asking == FactQuestion.Wants && (LeavesItToUs() || _said.Consumable is not null);
        if (AsksForPatienceFirst())
        {
            // "Good afternoon, I'm 82 and my granddaughter helps me type", 我年纪大了打字慢 (round 92): patience offered and the story
            // invited, never the greeting twice or "You're welcome!".
            _state.Greeted = true;
            Say("Greeting.TakeYourTime");
            return true;
        }
        if (await RepeatsTheQuestionAsync(ct)) return true;
        if (_personOffered && _said.Intent == Intent.Yes && _state.Step is not (ComplaintStep.Confirming or ComplaintStep.AwaitingAgreement))
        {
            await EscalateAsync(EscalationReason.CustomerAskedForPerson, "Escalated.Human", ct);
            return true;
        }
        if (_said.Intent is Intent.AboutTheBot or Intent.Question or Intent.Statement && IntentRecogniser.AsksWhetherABot(Lower))
        {
            // An honest question gets an honest answer, wherever it comes; it is not a complaint about the bot.
            Say("AboutTheBot.Honest");
            if (_state.Step != ComplaintStep.Idle) await ResumeAsync(ct);
            return true;
        }
        if (Privacy == PrivacyRequest.Question)
        {
            // "is this being recorded? I don't want that coffee thing used against me", 为什么要我手机号 (round 84): what is kept, for
            // how long and who sees it; facts in the same message ("why do you need it? fine, 139…") still count.
            AnswerThePrivacyQuestion();
            if (_tookFacts) return false;
            if (_state.Step != ComplaintStep.Idle) await ResumeAsync(ct);
            return true;
        }
        // A longer warranty asked at the offer is the offer step's (ExtensionBesideTheOfferAsync), not an article.
        if (_state.Step == ComplaintStep.AwaitingAgreement && _said.ExtensionAsked && _said.Intent != Intent.Human) return false;
        if (ExplainsTheVerdictAgain()) return true;
        if (PersonFirst()) return true;
        if (await AnswersCancelCheckAsync(ct)) return true;
        if (_said.Intent != Intent.Human && HagglesOverThePrice())
        {
            await AnswerDiscountAskAsync(ct);
            return true;
        }
        if (await ExplainsWhyWeAskAsync(ct)) return true;
        if (await AnswersAnEarlyQuestionAsync(ct)) return true;
        if (await AnswersAnotherChannelAsync(ct)) return true;
        if (await ReassuresAsync(ct)) return true;
        if (AsksAboutTheOfferOnly())
        {
            // "before I say yes - how soon, and must someone be in?", 要等几天？还能凑合用吗 (round 97): answered from the offer's own
            // terms, and the offer still stands (before: taken as the agreement, or answered with an unrelated article).
            AnswerAboutTheOffer(OfferQuestions.Read(_text), _state.Offers[_state.OfferIndex]);
            OfferStillStands();
            return true;
        }
        if (_flow.IsInComplaint && _state.Step is ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.Gathering
            && _said.Intent != Intent.Human && Impatient.IsMatch(_text))
        {
            // "how many more questions??", 快点行不行 问这么多: heard, and the end is in sight; facts in the same message count.
            Say("Impatient.AlmostDone");
            if (_tookFacts) return false;
            await ResumeAsync(ct);
            return true;
        }
        if (AsksWhetherACircumstanceMatters())
        {
            // "my brother took the cover off, does that matter?", 是不是因为这个我也说不好: what it can mean, said honestly, and
            // nothing decided (the plain question comes; the technician finds the cause). Never an article.
            Say("Answer.CircumstanceMatters");
            await ResumeAsync(ct);
            return true;
        }
        if (AsksUsToCheckWhatTheyWereTold())
        {
            // "the dealer's technician said the print head is a consumable … that doesn't sound right to me, can you check?" (round
            // 117): the policy and the records decide, not hearsay; said plainly, the facts first (before: an unrelated article).
            Say("Answer.WeWillCheck");
            await ResumeAsync(ct);
            return true;
        }
        if (AsksATopicQuestion())
        {
            // "一般多久能上门" before any story (its 修/上门 is no wish yet), "能给个书面的报价单吗 我要走报销流程" at the offer.
            await AnswerThenGoOnAsync(ct);
            return true;
        }
        // "算了，我先去开个会，一会儿再说", "gotta run, I'll come back to this later": a pause, not a cancel. The place is kept.
        if (_flow.IsInComplaint && _said.Intent != Intent.Human && !_tookFacts && StepsAway.IsMatch(_text))
        {
            Say("Paused");
            await ResumeAsync(ct);
            return true;
        }
        switch (_said.Intent)
        {
            case Intent.Human when _state.Asking == FactQuestion.Phone && (_said.Phone ?? _said.Email) is not null && CallBack.IsMatch(_text):
                // "please call me on 139…" answers the phone question and asks for the call: both are kept.
                _state.CallBackAsked = true;
                return false;
            case Intent.Human when AsksForACallBackWhileTelling():
                // "Is there someone who can call him directly?" mid-story: yes, and the facts first, so the colleague who
                // calls has them; asked again (or at the offer), the case goes to a person.
                _state.CallBackAsked = true;
                Say("Human.CallBackAfterFacts");
                await ResumeAsync(ct);
                return true;
            case Intent.Human when TakesThePersonAfterTheFacts():
                // "I'd rather talk to a real person" once the story is told (round 108–115: 13 of 320 strangers expected the
                // warranty answer and the remedy first, then the person): promised, the facts first; asked again, passed on.
                _state.PersonAfterTheFacts = true;
                Say("Human.FactsFirst").Buttons("Button.Person");
                // "repair, but through a person" (round 110 hold-out): the facts the same answer gives are taken as answers.
                if (_tookFacts) return false;
                // The person as the answer to the wish question (r32-en-017): no wish of their own, so the policy's best remedy
                // is the one offered, with the person recalled, never the wish question again.
                if (_state.Asking == FactQuestion.Wants && _state.Wants is null)
                {
                    _state.Wants = "Repair";
                    await AskNextAsync(ct);
                    return true;
                }
                await ResumeAsync(ct);
                return true;
            case Intent.Human when _state.PersonAfterTheFacts && _tookFacts && _state.Step == ComplaintStep.Gathering && _said.Anger < 2
                                   && !BarePersonCommand.IsMatch(_text):
                // "修好 然后再找人工问问", "repair, and speak to someone" (round 130 and its hold-out): the person already promised,
                // asked for again beside the answer: the answer is taken, and the person is recalled before the offer.
                return false;
            case Intent.Human:
                await EscalateAsync(EscalationReason.CustomerAskedForPerson, "Escalated.Human", ct);
                return true;
            case Intent.AboutTheBot when _flow.IsInComplaint && _state.BotRemarks >= 1:
                // The second remark about the bot in one complaint (round 89 hold-out: "不要 我不想跟机器人说" twice at the offer, the
                // offer repeated each time): a colleague takes over, never a loop.
                await EscalateAsync(EscalationReason.RepeatedInvalidAnswers, "Escalated.BotNotHelping", ct);
                return true;
            case Intent.AboutTheBot when _flow.IsInComplaint:
                _state.BotRemarks++;
                Say("AboutTheBot").Buttons("Button.Person");
                await ResumeAsync(ct);
                return true;
            case Intent.Cancel when _state.Step == ComplaintStep.AwaitingAgreement && OfferAnswers.Refuses(_text):
                return false; // "算了，都不要": a refusal of the offer, answered as one (a second refusal goes to a person)
            case Intent.Cancel when ChecksAFrustratedCancel():
                return true;
            // "算了 无所谓" after asking whether the bot is a person (round 72): with nothing open there is nothing to stop, and the
            // customer who goes on to tell the story is still heard.
            case Intent.Cancel when !_flow.IsInComplaint && _state.Step == ComplaintStep.Idle && _state.CaseNumber is null:
                Say("Cancelled.NothingOpen");
                return true;
            case Intent.Cancel:
                if (_flow.IsInComplaint) _flow.Cancel();
                Say("Cancelled");
                return true;
            case Intent.StartOver:
                Restart();
                _flow.StartComplaint();
                Say("StartOver");
                return true;
            // "在帮助>关于里找到了，FS8-2511-MZKJ": the answer asked for, found under the Help menu, is no call for help.
            case Intent.Help when !(_state.Asking == FactQuestion.Wants && LeavesItToUs()) && !(answering && _tookFacts):
                Say("Help");
                await ResumeAsync(ct);
                return true;
            // A question is answered where it is asked, then the flow goes on where it was (also mid-question). After a
            // complaint only warranty questions are: anything else goes to the case's person or opens a new complaint.
            case Intent.WarrantyQuestion or Intent.Question
                when (_said.Intent == Intent.WarrantyQuestion || _flow.IsInComplaint || _state.Step == ComplaintStep.Idle) && !(answering && answersTheQuestion)
                     && !CorrectsAFactWithAWarrantyRemark() && !AskedAgainRightAfterItsAnswer() && !_whyAnswered:
                if (_state.Step == ComplaintStep.Idle && CarriesAComplaint())
                {
                    // "E60, DE60K251124, no hot water since monday — is that still under warranty?": the question is
                    // answered and the complaint it came with starts at once, with every fact it gave.
                    if (_said.Intent == Intent.WarrantyQuestion && !WarrantyLength.IsMatch(_text)) Say("Answer.WarrantyAfterCheck");
                    else if (!OnlyACartridgeRanOut()) await AnswerQuestionAsync(ct);
                    return false;
                }
                await AnswerThenGoOnAsync(ct);
                return true;
            // At an offer, thanks is the answer to it (AgreeAsync), never "You're welcome!" and the same offer again.
            case Intent.Thanks when _state.Step is not (ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.AwaitingAgreement) && !answering:
                Say("Thanks");
                await ResumeAsync(ct);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Questions with an answer of their own, whatever else their words look like: how soon a technician comes (before
    /// any story), and a written record (outside an answer to the offer).</summary>
    /// <summary>Answers the question, remembers it was answered (so the same words again are not answered twice) and
    /// goes on: before any story the customer is invited to tell it, otherwise the flow resumes where it was.</summary>
    private async Task AnswerThenGoOnAsync(CancellationToken ct)
    {
        await AnswerQuestionAsync(ct);
        _state.QuestionAnswered = Fingerprint(_text);
        if (_state.Step == ComplaintStep.Idle) Say("Question.Invite");
        // At the offer the answer has just named it: asked about in one short sentence, not repeated word for word.
        else if (_state.Step == ComplaintStep.AwaitingAgreement && !_state.DeclinedAll) OfferStillStands();
        else await ResumeAsync(ct);
    }

    /// <summary>A circumstance named (now or before) and its weight asked about, or the customer unsure it is the cause,
    /// while the story is told or the facts are gathered (not while the circumstance question itself is open).</summary>
    private bool AsksWhetherACircumstanceMatters() =>
        (_state.Step is ComplaintStep.Listening or ComplaintStep.Confirming
            || _state.Step == ComplaintStep.Gathering && _state.Asking != FactQuestion.Circumstances)
        && _said.Intent is not (Intent.Human or Intent.Cancel or Intent.StartOver) && _said.Hazard is null
        && (_said.Causes.Any(c => c.Value) || _state.SuspectedCauses.Count > 0 || _state.Causes.Any(c => c.Value))
        && CircumstanceMatters.IsMatch(_text);

    /// <summary>"does that matter?", "will that be a problem?", "not sure that's what did it", 有影响吗, 是不是因为这个, 说不好.</summary>
    private static readonly System.Text.RegularExpressions.Regex CircumstanceMatters = new(
        @"\b(?:does|would|will|could|can|is|did)\s+(?:that|this|it)\s+(?:matter|count|be\s+a\s+problem|be\s+an\s+issue|a\s+problem|an\s+issue|change\s+anything|make\s+a\s+difference|affect|void|cause|have\s+caused|be\s+(?:why|the\s+reason|what))"
        + @"|\bis\s+(?:that|this)\s+why\b|\b(?:not\s+sure|no\s+idea|don'?t\s+know|do\s+not\s+know|can'?t\s+(?:say|tell))\s+(?:if|whether)\s+(?:that|this|it)(?:'s|\s+is|\s+was)?\s+(?:what|why|related|the\s+(?:cause|reason)|to\s+blame|did\s+it|caused)"
        + "|有影响吗|有没有影响|会不会有影响|影响保修|影响吗|算不算|要紧吗|有关系吗|有没有关系|是不是因为这个|是不是这个原因|是不是它弄的|说不好是不是|不知道是不是因为|不确定是不是因为|也说不好|也说不准|也不好说",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>While the facts are taken, a question that only asks us to check what the customer was told ("can you check?",
    /// "is that even true?", 他说的是真的吗, 你们帮我查一下), with no fact in it.</summary>
    private bool AsksUsToCheckWhatTheyWereTold() =>
        _flow.IsInComplaint && _state.Step is ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.Gathering
        && !_tookFacts && _said.Hazard is null && _said.Intent is Intent.Question or Intent.WarrantyQuestion or Intent.Statement
        // "帮我查一下" to the wish question (r112-zh-020) leaves the remedy to us: no hearsay to check.
        && !(_state.Asking == FactQuestion.Wants && LeavesItToUs())
        && CheckForMe.IsMatch(_text);

    private static readonly System.Text.RegularExpressions.Regex CheckForMe = new(
        @"^(?:[^.!?]*[.!?,]\s*|(?:hmm+|um+|well|honestly|but|so|ok|okay)[\s,]+)?(?:that|this|it)\s+(?:doesn'?t|does\s+not|don'?t)\s+sound\s+right(?:\s+to\s+me)?[\s,.!?-]*(?:(?:can|could|would)\s+you\s+(?:please\s+)?(?:check|verify|confirm|look\s+into)(?:\s+(?:that|this|it))?(?:\s+for\s+me)?)?[\s.!?]*$"
        + @"|^\s*(?:is\s+(?:that|this|it)\s+(?:even\s+)?(?:true|right|correct)|(?:can|could|would)\s+you\s+(?:please\s+)?(?:check|verify|confirm|look\s+into)\s+(?:that|this|it)(?:\s+for\s+me)?)[\s,.!?]*(?:(?:can|could|would)\s+you\s+(?:please\s+)?(?:check|verify|confirm|look\s+into)(?:\s+(?:that|this|it))?(?:\s+for\s+me)?[\s.!?]*)?$"
        + "|^\\s*(?:他|她|他们|店里|师傅|客服)?(?:(?:说的|这个说法|这种说法)(?:是真的吗|对吗|对不对|靠谱吗)|(?:说的)?(?:是真的吗|有这回事吗))[？?。！!\\s]*(?:你们|您)?(?:帮我|给我)?(?:查|核实|确认|问)?(?:一下)?(?:吧)?[？?。！!\\s]*$"
        + "|^\\s*(?:你们|您)?(?:帮我|给我)(?:查|核实|确认)(?:一下)?(?:吧)?[？?。！!\\s]*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private bool AsksATopicQuestion() =>
        _said.Intent is not (Intent.Human or Intent.Cancel or Intent.StartOver) && _said.Hazard is null && !AskedAgainRightAfterItsAnswer()
        && (_state.Step == ComplaintStep.Idle && !CarriesAComplaint() && (ServiceTime.IsMatch(_text) || InWriting.IsMatch(_text) || OpeningHours.IsMatch(_text)
                || (CostAsk.IsMatch(_text) || InvoiceAsk.IsMatch(_text)) && _said.Consumable is null && AsksSomething.IsMatch(Lower))
            || _state.Step is ComplaintStep.AwaitingAgreement or ComplaintStep.Gathering && InWriting.IsMatch(_text)
               && !OfferAnswers.Accepts(_text) && !OfferAnswers.Refuses(_text));

    /// <summary>Before any story, words asking for patience (age, who helps them type, not good with computers) and nothing of
    /// the complaint yet.</summary>
    private bool AsksForPatienceFirst() =>
        _state.Step == ComplaintStep.Idle && !_flow.IsInComplaint && _said.Symptoms.Count == 0 && _said.Models.Count == 0
        && _said.Serial is null && _said.OrderNumber is null && _said.Hazard is null && _said.Consumable is null
        && _said.Intent is Intent.Greeting or Intent.Thanks or Intent.Statement or Intent.Complaint && PatienceAsked.IsMatch(_text);

    private static readonly System.Text.RegularExpressions.Regex PatienceAsked = new(
        @"(?<![a-z])(?:be\s+patient|patience|bear\s+with\s+me|take\s+my\s+time|slow\s+(?:at|with)\s+(?:typing|computers|this)|(?:not|no)\s+(?:very\s+)?good\s+with\s+(?:computers|technology|phones|this)|i'?m\s+(?:[6-9]\d|1[01]\d)(?![\d])|i\s+am\s+(?:[6-9]\d|1[01]\d)(?![\d])|years\s+old|(?:my\s+)?grand(?:son|daughter|child|children|kids?)|(?:son|daughter|nephew|niece)\s+(?:is\s+)?(?:helping|helps)\s+me|helping\s+me\s+(?:type|spell|write))(?![a-z])|年纪大|老年人|上了年纪|岁了|打字慢|打得慢|孙子|孙女|外孙|(?:儿子|女儿)(?:帮|教)|不太会用|不会用(?:手机|电脑)|别见怪|多担待|耐心",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Impatience with the questions: "how many more questions", "how much longer", 问这么多, 还有几个问题, 快点行不行.</summary>
    private static readonly System.Text.RegularExpressions.Regex Impatient = new(
        @"how many more(?: questions)?|how much longer|(?:so|too) many questions|more questions\?|enough questions|stop asking|just get on with it|问这么多|问那么多|还要问|还有几个问题|还有多少问题|别问了|快点行不行|能不能快点|有完没完|啰嗦|啰里啰嗦",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Someone to phone, asked for while the complaint is still being told and calmly.</summary>
    private static readonly System.Text.RegularExpressions.Regex CallBack = new(
        @"(?<![a-z])(?:call|phone|ring|telephone)(?![a-z])|(?:打|来|回)[^，。,.!！？?]{0,2}电话|电话(?:里|上)?(?:联系|沟通|确认|说|聊|讲)|致电|来电|回电",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>A first request for a person in words once a story is told, while the facts are taken, with nothing unsafe in it.</summary>
    private bool TakesThePersonAfterTheFacts() =>
        !_state.PersonAfterTheFacts && !_state.CallBackAsked && !_state.PersonAskedFirst && _flow.IsInComplaint && !NothingToldYet()
        && _said.Hazard is null && !BarePersonCommand.IsMatch(_text)
        && _state.Step is ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.Gathering;

    /// <summary>The button's label tapped or typed alone ("Talk to a person", 转人工, "agent"): a command, obeyed at once.</summary>
    private static readonly System.Text.RegularExpressions.Regex BarePersonCommand = new(
        @"^\s*(?:talk\s+to\s+a\s+person|(?:a\s+|real\s+)?(?:person|human|agent|operator)|转人工|人工|人工客服|真人)\s*[.!！。]*\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    private bool AsksForACallBackWhileTelling() =>
        !_state.CallBackAsked && _flow.IsInComplaint && _said.Anger < 2 && !NothingToldYet() && CallBack.IsMatch(_text)
        && _state.Step is ComplaintStep.Listening or ComplaintStep.Confirming or ComplaintStep.Gathering;

    /// <summary>The same words again right after they were answered as a question, while a question of ours is open: the
    /// customer meant them as the answer ("a new cartridge, for free ideally" to the wish question), so they are read as one.</summary>
    private bool AskedAgainRightAfterItsAnswer() =>
        _questionAnswered is not null && _questionAnswered == Fingerprint(_text)
        && _state.Step is ComplaintStep.Gathering or ComplaintStep.AwaitingAgreement or ComplaintStep.Confirming;

    /// <summary>The words' fingerprint: the state keeps no customer text for this.</summary>
    private static string Fingerprint(string text) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.Trim())), 0, 12);

    /// <summary>A question that comes with a complaint: a symptom named, a serial or order number given, or a cartridge that ran
    /// out ("…the colour cartridge says EMPTY already??", round 52 hold-out: the story was lost to an article).</summary>
    private bool CarriesAComplaint() => _said.Symptoms.Count > 0 || _said.Serial is not null || _said.OrderNumber is not null
        || _said.Consumable is not null && RanOut.IsMatch(_text);

    /// <summary>The "question" is the complaint itself (an empty cartridge and "??"): no article answers it, the flow does.</summary>
    private bool OnlyACartridgeRanOut() => _said.Symptoms.Count == 0 && _said.Serial is null && _said.OrderNumber is null;

    private static readonly System.Text.RegularExpressions.Regex RanOut = new(
        @"(?<![a-z])(?:empty|ran out|run(?:ning)? out|used up|out of (?:ink|toner))(?![a-z])|没墨了|没粉了|没有墨了|用完了|用光了|空了|显示.{0,6}(?:空|没墨|没粉|用尽)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>
    /// "it started five months ago, so it started while it was still under warranty": a corrected fact with a remark about
    /// the warranty, not a question (no question mark): the fact is taken and everything is decided again.
    /// </summary>
    private bool CorrectsAFactWithAWarrantyRemark() =>
        _tookFacts && IsCorrection() && _flow.IsInComplaint && _said.Intent == Intent.WarrantyQuestion && !_text.Contains('?') && !_text.Contains('？');

    /// <summary>Repeats where the customer was, so an interruption never loses their place.</summary>
    private async Task ResumeAsync(CancellationToken ct)
    {
        switch (_state.Step)
        {
            case ComplaintStep.Listening:
                SayListening();
                break;
            case ComplaintStep.Confirming:
                await AskToConfirmAsync(ct, resuming: true);
                break;
            case ComplaintStep.Gathering when _state.Asking != FactQuestion.None:
                Say("Resume", Text(QuestionKey(_state.Asking), QuestionArgument(_state.Asking)));
                break;
            case ComplaintStep.AwaitingAgreement:
                Offer();
                break;
            case ComplaintStep.FollowingUp or ComplaintStep.Rating:
                ResumeFollowUp();
                break;
        }
    }
}
