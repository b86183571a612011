<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ComplaintDetailView</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="82"/>
        <source>I&apos;ll handle it</source>
        <translation>我来处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="85"/>
        <source>Guide me (complaint handling)</source>
        <translation>处理指引（投诉处理流程）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="109"/>
        <source>Resolve</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="111"/>
        <source>What was done for the customer</source>
        <translation>为顾客做了什么</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="116"/>
        <source>Give it as a coupon, valid for</source>
        <translation>以购物券补偿，有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="122"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="133"/>
        <source>(not needed)</source>
        <translation>（不需要）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="139"/>
        <source>Record resolution…</source>
        <translation>记录处理结果…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="148"/>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="149"/>
        <source>Compensation (yuan)</source>
        <translation>补偿金额（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="152"/>
        <source>Manager approval</source>
        <translation>店长批准</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="153"/>
        <source>Manager&apos;s PIN</source>
        <translation>店长密码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="161"/>
        <source>Record it</source>
        <translation>确认记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="164"/>
        <source>Back, change it</source>
        <translation>返回修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="186"/>
        <source>Follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="188"/>
        <source>How you contacted the customer and what they said</source>
        <translation>怎样联系的顾客，顾客怎么说</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="190"/>
        <source>(did not say)</source>
        <translation>（顾客未表示）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="193"/>
        <source>Record follow-up</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="199"/>
        <source>Follow-up</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="200"/>
        <source>Satisfaction afterwards (1-5)</source>
        <translation>回访满意度（1-5）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="203"/>
        <source>Close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="208"/>
        <source>Add a note to the history</source>
        <translation>在处理记录中加一条备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="221"/>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="228"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="279"/>
        <source>(walk-in)</source>
        <translation>（散客）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="284"/>
        <source>Opened %1 by %2</source>
        <translation>%1 由 %2 登记</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="288"/>
        <source>Asks for: %1</source>
        <translation>顾客要求：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="292"/>
        <source>Sale/return: %1</source>
        <translation>相关销售/退货：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="299"/>
        <source>Target passed at %1</source>
        <translation>已超过时限（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="299"/>
        <source>Target: %1</source>
        <translation>时限：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="305"/>
        <source>Resolved: %1 (compensation %2)</source>
        <translation>处理结果：%1（补偿 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="311"/>
        <source>Given as coupon %1, valid until %2%3</source>
        <translation>已发补偿购物券 %1，有效期至 %2%3</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="314"/>
        <source> (used)</source>
        <translation>（已使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="321"/>
        <source>Followed up: %1 (satisfaction %2)</source>
        <translation>回访：%1（满意度 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="332"/>
        <source>(approved by %1)</source>
        <translation>（%1 批准）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="336"/>
        <source>service gap: %1 → %2</source>
        <translation>服务差距：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="348"/>
        <source>Choose a complaint in the queue.</source>
        <translation>请在左边的列表中选择一条投诉。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="373"/>
        <source>The manager&apos;s compensation has no upper limit.</source>
        <translation>店长补偿金额不设上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="375"/>
        <source>Up to %1 on your own; above it the manager approves.</source>
        <translation>您可自行决定的补偿上限为 %1，超过需店长批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="454"/>
        <source>Record this resolution of %1? It cannot be changed afterwards.</source>
        <translation>确认记录投诉 %1 的处理结果？记录后不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="456"/>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="457"/>
        <source>Compensation: %1</source>
        <translation>补偿：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="461"/>
        <source>As a coupon of %1 valid for %n day(s)</source>
        <translation>
            <numerusform>以 %1 购物券补偿，有效期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="465"/>
        <source>Approved by: %1</source>
        <translation>批准人：%1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="41"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="51"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="53"/>
        <source>Customer&apos;s name</source>
        <translation>顾客姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="54"/>
        <source>Phone to call back</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="56"/>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="60"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="68"/>
        <source>What happened, in the customer&apos;s words</source>
        <translation>发生了什么（用顾客的话记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="72"/>
        <source>An exchange, a refund, an apology ...</source>
        <translation>换货、退款、道歉……</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="79"/>
        <source>Sale</source>
        <translation>消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="79"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="87"/>
        <source>Receipt or return number, if it is about one</source>
        <translation>如与某笔销售或退货有关，填小票号或退货单号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="88"/>
        <source>About</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="89"/>
        <source>How serious</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="90"/>
        <source>Service gap</source>
        <translation>服务差距</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="91"/>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="92"/>
        <source>The customer asks for</source>
        <translation>顾客要求</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="93"/>
        <source>Sale or return</source>
        <translation>相关销售/退货</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="105"/>
        <source>Record complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="204"/>
        <source>Complaint %1 recorded. A supervisor sees it in the Complaints queue.</source>
        <translation>投诉 %1 已登记，主管会在投诉列表中看到。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="215"/>
        <source>Complaint recorded: number %1.</source>
        <translation>投诉已登记，编号 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="217"/>
        <source>Give the customer this number; a supervisor will follow it up.</source>
        <translation>请把编号告诉顾客，主管会跟进处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_dialog.py" line="224"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ComplaintQueueModel</name>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="23"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="25"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="26"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="57"/>
        <source>Target</source>
        <translation>时限</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="58"/>
        <source>No.</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="59"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="60"/>
        <source>About</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="61"/>
        <source>Severity</source>
        <translation>程度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="62"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="63"/>
        <source>Open for</source>
        <translation>已等</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="64"/>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="72"/>
        <source>late by %1</source>
        <translation>超时 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="73"/>
        <source>in %1</source>
        <translation>剩 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_queue_model.py" line="78"/>
        <source>(walk-in)</source>
        <translation>（散客）</translation>
    </message>
</context>
<context>
    <name>ComplaintRulesSection</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="34"/>
        <source>Complaints: response targets and compensation limits</source>
        <translation>投诉：响应时限与补偿限额</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="43"/>
        <source>%1: a supervisor takes it within</source>
        <translation>%1：主管接手时限</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="44"/>
        <source>%1: resolved within</source>
        <translation>%1：处理完毕时限</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="47"/>
        <source>Follow up within (days)</source>
        <translation>回访期限（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="50"/>
        <source>Compensation a clerk may grant (yuan)</source>
        <translation>店员可自行补偿上限（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="51"/>
        <source>Compensation a supervisor may grant (yuan)</source>
        <translation>主管可自行补偿上限（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="54"/>
        <source>Save complaint rules</source>
        <translation>保存投诉规则</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="73"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_settings.py" line="103"/>
        <source>Complaint rules saved.</source>
        <translation>投诉规则已保存。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="50"/>
        <source>To handle</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="51"/>
        <source>To follow up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="52"/>
        <source>To close</source>
        <translation>待结案</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="53"/>
        <source>Closed lately</source>
        <translation>最近结案</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="58"/>
        <source>New complaint (Ctrl+N)</source>
        <translation>登记投诉 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="106"/>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="129"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="107"/>
        <source>Suggestions</source>
        <translation>建议记录</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="159"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="161"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n 条超时</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaints_page.py" line="230"/>
        <source>%1 is now %2: find it under “%3”.</source>
        <translation>%1 现为“%2”，请到“%3”中查看。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/complaint_detail.py" line="437"/>
        <source>Write down how it was resolved.</source>
        <translation>请写下是怎样处理的。</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="41"/>
        <source>Farewell and satisfaction</source>
        <translation>送别与满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="43"/>
        <source>“Please remember your belongings. Goodbye, we look forward to seeing you again!”</source>
        <translation>“请带好您的随身物品。您慢走，欢迎您再次光临！”</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="50"/>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="52"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="50"/>
        <source>expected little</source>
        <translation>期望不高</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="50"/>
        <source>expected a lot</source>
        <translation>期望很高</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="52"/>
        <source>very poor</source>
        <translation>很差</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="52"/>
        <source>excellent</source>
        <translation>非常好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="55"/>
        <source>Anything the customer said (optional)</source>
        <translation>顾客的意见（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="63"/>
        <source>Not now</source>
        <translation>暂不评价</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="65"/>
        <source>Save satisfaction</source>
        <translation>保存满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="70"/>
        <source>What did they expect today?</source>
        <translation>顾客今天的期望值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="71"/>
        <source>How was it?</source>
        <translation>顾客的感受值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="72"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="73"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="115"/>
        <source>better than expected</source>
        <translation>超出期望</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="117"/>
        <source>as expected</source>
        <translation>符合期望</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="119"/>
        <source>below expectation</source>
        <translation>低于期望</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/satisfaction_dialog.py" line="145"/>
        <source>Satisfaction saved. Thank you!</source>
        <translation>满意度已保存，谢谢！</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="44"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="56"/>
        <source>Receipt number</source>
        <translation>小票号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="57"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="58"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="59"/>
        <source>What will be done</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="60"/>
        <source>Promised for</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="61"/>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="69"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="83"/>
        <source>Due and overdue</source>
        <translation>到期与逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="132"/>
        <source>Saved: %1, promised for %2, handled by %3.</source>
        <translation>已保存：%1，承诺 %2 前完成，由 %3 负责。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/service_dialog.py" line="154"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestion_dialog.py" line="24"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestion_dialog.py" line="26"/>
        <source>What does the member suggest?</source>
        <translation>会员有什么建议？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestion_dialog.py" line="31"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestion_dialog.py" line="33"/>
        <source>Save suggestion (Ctrl+Enter)</source>
        <translation>保存建议（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestion_dialog.py" line="68"/>
        <source>Suggestion saved. Thank the member for it.</source>
        <translation>建议已保存，请感谢会员。</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="95"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="96"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="97"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="98"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="99"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="106"/>
        <source>(walk-in)</source>
        <translation>（散客）</translation>
    </message>
</context>
<context>
    <name>SuggestionsView</name>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="138"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>最近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="138"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="144"/>
        <source>Member: phone, last 4 digits, card no., name or pinyin</source>
        <translation>会员：手机号、手机尾号、卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="175"/>
        <source>Enter or a double click opens the member on the Counter.</source>
        <translation>按回车或双击，在服务台打开该会员。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="205"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n 条建议</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/suggestions_view.py" line="209"/>
        <source>No suggestions in this period.</source>
        <translation>这段时间没有建议。</translation>
    </message>
</context>
<context>
    <name>WorkflowFacts</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_facts.py" line="25"/>
        <source>%2 (size %1)</source>
        <translation>%1码%2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_facts.py" line="35"/>
        <source>%1 on %2</source>
        <translation>上次（%2）买了%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_facts.py" line="40"/>
        <source>%1 today</source>
        <translation>今天刚买了%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_facts.py" line="44"/>
        <source>nothing yet: welcome their first purchase</source>
        <translation>还没有，欢迎首次选购</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_facts.py" line="45"/>
        <source>only things since brought back</source>
        <translation>买过的都已退回</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_facts.py" line="55"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="58"/>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="135"/>
        <source>Done (Ctrl+Enter)</source>
        <translation>完成 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="137"/>
        <source>Skip (Ctrl+Shift+Enter)</source>
        <translation>跳过 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="139"/>
        <source>Leave (Ctrl+L)</source>
        <translation>离开流程 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="216"/>
        <source>No workflow can be used. Check the workflow files.</source>
        <translation>没有可用的服务流程，请检查流程文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="273"/>
        <source>Your own check: %1</source>
        <translation>上岗自查：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="278"/>
        <source>Customer not recognised yet: find them in the box on the left.</source>
        <translation>尚未识别顾客：请在左边的框里查找会员。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="283"/>
        <source>%n open complaint(s): apologise first and ask how it was settled.</source>
        <translation>
            <numerusform>有 %n 条未结投诉：先致歉，并问问处理得怎么样。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="306"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="319"/>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="323"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="333"/>
        <source>Open: %1 (Ctrl+O)</source>
        <translation>打开：%1 (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="342"/>
        <source>not on file</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="343"/>
        <source>not known yet</source>
        <translation>待识别会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="358"/>
        <source>Checklist finished.</source>
        <translation>自查完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="359"/>
        <source>Thank you. Every answer is recorded.</source>
        <translation>谢谢，每一项都已记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="363"/>
        <source>Workflow finished. F2 starts the next reception.</source>
        <translation>流程已完成。按 F2 接待下一位顾客。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="365"/>
        <source>Workflow finished.</source>
        <translation>流程已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/service/workflow_panel.py" line="367"/>
        <source>Thank you. Every step is recorded.</source>
        <translation>辛苦了，每一步都已记录。</translation>
    </message>
</context>
</TS>
